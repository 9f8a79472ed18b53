package uk.co.goldenthread.framework.io.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportPreview;
import uk.co.goldenthread.framework.io.ImportRefusedException;
import uk.co.goldenthread.framework.io.ImportResult;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.io.Table;

/** The Performance Team's import and export of the framework: preview every change, then apply it all or nothing. */
@Route("framework/import")
@PageTitle("Import and export | Golden Thread")
@Menu(title = "Import and export", order = 20, icon = "vaadin:exchange")
@RolesAllowed("PERFORMANCE_TEAM")
public class FrameworkImportView extends Main {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FrameworkImportService imports;
    private final List<ImportFile> received = new CopyOnWriteArrayList<>();
    private final Checkbox retire = new Checkbox("Retire measures that are not in the file");
    private final Select<String> shipped = new Select<>();
    private final Button apply = new Button("Apply import");
    private final ImportPreviewPanel preview = new ImportPreviewPanel();
    private final ErrorSummary errors = new ErrorSummary();
    private final BackgroundWork work = new BackgroundWork(this::refused);
    private boolean previewWouldGoNowhere;
    private Function<ProgressListener, ImportResult> applyAction = p -> {
        throw new IllegalStateException("nothing to apply");
    };

    private final com.vaadin.flow.component.textfield.TextField noRouteReason =
            new com.vaadin.flow.component.textfield.TextField("Reason for importing although measures would go to no return");

    public FrameworkImportView(FrameworkImportService imports,
            @Value("${goldenthread.import.max-bytes:52428800}") long maxBytes) {
        this.imports = imports;
        var upload = new Upload(new BoundedUploadHandler(maxBytes, (name, file) -> {
            try {
                received.add(new ImportFile(name, java.nio.file.Files.readAllBytes(file)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, this::uploadRefused));
        upload.setAcceptedFileTypes(".xlsx", ".csv", ".zip", XLSX, "text/csv", "application/zip");
        upload.setMaxFiles(Table.values().length);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> uploadRefused(e.getFileName() + " was not accepted: "
                + e.getErrorMessage() + " Upload an Excel workbook (.xlsx), CSV files or a ZIP of CSV files."));
        // The upload handler hands each file over through UI.access: queue behind those before taking them
        upload.addAllFinishedListener(e -> UI.getCurrent().access(this::previewReceived));
        noRouteReason.setHelperText("An import that would leave a measure or intention with no return is refused, "
                + "naming them. To import anyway, say why here before choosing the file: it is kept in the audit trail.");
        noRouteReason.setWidthFull();
        shipped.setLabel("Load a shipped framework");
        shipped.setItems(FrameworkImportService.SHIPPED);
        shipped.setValue(FrameworkImportService.SHIPPED.getFirst());
        var loadShipped = new Button("Load framework", e -> {
            String name = shipped.getValue();
            ImportOptions options = new ImportOptions(false, noRouteReason.getValue());
            previewThen(p -> imports.previewShipped(name, p), p -> imports.loadShipped(name, options, p));
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> applyNow());
        add(new H2("Import and export the framework"), errors,
                new HorizontalLayout(download("Download template", "framework-template.xlsx", XLSX, imports::template),
                        download("Export as Excel", "framework.xlsx", XLSX, imports::exportXlsx),
                        download("Export as CSV", "framework-csv.zip", "application/zip", imports::exportCsvZip)),
                new H3("Import a file"),
                new Span("An Excel workbook (.xlsx), the CSV files of its tables, or a ZIP of them. Nothing is saved "
                        + "until you have seen what will change and chosen Apply import."),
                retire, noRouteReason, upload, new HorizontalLayout(shipped, loadShipped), work, preview, apply);
    }

    /** The background work of this page, for tests that wait for it. */
    BackgroundWork work() {
        return work;
    }

    private static Anchor download(String text, String fileName, String type, Supplier<byte[]> content) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("download");
        return anchor;
    }

    private void previewReceived() {
        List<ImportFile> files = List.copyOf(received);
        received.clear();
        if (!files.isEmpty()) {
            ImportOptions options = new ImportOptions(retire.getValue(), noRouteReason.getValue());
            previewThen(p -> imports.preview(files, options, p), p -> imports.apply(files, options, p));
        }
    }

    private void previewThen(Function<ProgressListener, ImportPreview> check,
            Function<ProgressListener, ImportResult> applyLater) {
        apply.setEnabled(false);
        preview.show(null);
        errors.clear();
        work.start(UI.getCurrent(), "Checking the file", check, result -> {
            preview.show(result);
            previewWouldGoNowhere = !result.noRoute().isEmpty();
            applyAction = applyLater;
            apply.setEnabled(!result.hasProblems() && !result.changesNothing());
        });
    }

    private void applyNow() {
        apply.setEnabled(false);
        errors.clear();
        work.start(UI.getCurrent(), "Importing", applyAction, result -> {
            preview.show(null);
            var done = result.applied();
            UserAction.showSuccess("Imported: " + done.counts().stream().mapToInt(c -> c.added()).sum() + " added, "
                    + done.counts().stream().mapToInt(c -> c.changed()).sum() + " changed, "
                    + done.counts().stream().mapToInt(c -> c.retired()).sum() + " retired.");
        });
    }

    private void uploadRefused(String message) {
        errors.show(List.of(new ErrorSummary.Item(message, null)));
    }

    /**
     * Why an import was refused, under "There is a problem": beside the reason field when what the preview listed
     * would go to no return and no reason was given; nothing was imported.
     */
    private void refused(RuntimeException e) {
        if (e instanceof ImportRefusedException && previewWouldGoNowhere && noRouteReason.getValue().isBlank()) {
            errors.showFieldErrors(this, Map.of(noRouteReason.getLabel(), e.getMessage()));
        } else {
            errors.attempt(this, () -> {
                throw e;
            });
        }
    }
}
