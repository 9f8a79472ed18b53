package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.quarters.MeasureRoute;
import uk.co.goldenthread.quarters.OpeningPreview;
import uk.co.goldenthread.quarters.QuarterService;

/**
 * A dry run of opening a quarter: every active measure and intention and the return it goes to, or why none; and the
 * Performance Team's tick, with a reason, to open without the ones that go nowhere.
 */
class OpeningPreviewPanel extends Section {

    private final Paragraph summary = new Paragraph();
    private final Grid<MeasureRoute> grid = new Grid<>();
    private final Checkbox openWithout = new Checkbox("Open without the measures and intentions that go to no return");
    private final TextArea reason = new TextArea(QuarterService.NOWHERE_REASON);

    OpeningPreviewPanel(Supplier<Optional<FinancialQuarter>> period, Function<FinancialQuarter, OpeningPreview> preview) {
        add(new H3("Where each measure goes"));
        add(new Paragraph("Before opening, see which return each active measure and intention will go to. A quarter "
                + "does not open while any would go to no return, unless you tick them off with a reason."));
        var show = new Button("Preview where measures go", e -> period.get().map(preview).ifPresent(this::show));
        grid.addColumn(MeasureRoute::code).setHeader("Code").setKey("code").setAutoWidth(true);
        grid.addColumn(MeasureRoute::title).setHeader("Title").setKey("title").setFlexGrow(1);
        grid.addColumn(MeasureRoute::kind).setHeader("Type").setKey("kind").setAutoWidth(true);
        grid.addColumn(r -> r.goesNowhere() ? "\u26a0 No return" : String.join("; ", r.returns()))
                .setHeader("Goes to").setKey("returns").setFlexGrow(1);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader("Note").setKey("note").setFlexGrow(1);
        grid.setAriaLabel("Where each measure and intention goes");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setVisible(false);
        reason.setWidthFull();
        reason.setHelperText("Kept in the audit trail with the codes of what is left out");
        openWithout.setVisible(false);
        reason.setVisible(false);
        openWithout.addValueChangeListener(e -> reason.setEnabled(e.getValue()));
        add(show, summary, grid, openWithout, reason);
    }

    /** The reason to open without what goes nowhere, when ticked off (blank when ticked but not given); else null. */
    @Nullable String reasonForNowhere() {
        return openWithout.isVisible() && openWithout.getValue() ? reason.getValue() : null;
    }

    void markReason(String message) {
        reason.setInvalid(true);
        reason.setErrorMessage(message);
    }

    private void show(OpeningPreview preview) {
        int nowhere = preview.nowhere().size();
        summary.setText(preview.period().label() + " would create " + preview.returnCount() + " returns for "
                + preview.routes().size() + " measures and intentions. " + (nowhere == 0
                        ? "Every one goes to a return."
                        : nowhere + " go to no return: they are listed first."));
        grid.setItems(preview.routes().stream()
                .sorted((a, b) -> Boolean.compare(b.goesNowhere(), a.goesNowhere())).toList());
        grid.setVisible(true);
        openWithout.setVisible(nowhere > 0);
        reason.setVisible(nowhere > 0);
        reason.setEnabled(openWithout.getValue());
    }
}
