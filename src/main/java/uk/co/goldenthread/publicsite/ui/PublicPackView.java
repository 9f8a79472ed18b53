package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PackContent;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.performance.Rag;

/** One published pack: a summary of RAG counts, then every measure by directorate in accessible tables. */
@Route(value = "public/packs/:packId", autoLayout = false)
@PageTitle("Performance report | Golden Thread")
@AnonymousAllowed
public class PublicPackView extends PublicPage implements BeforeEnterObserver {

    private final PackService packs;

    public PublicPackView(PackService packs, @Value("${goldenthread.council.name}") String councilName) {
        super(councilName);
        this.packs = packs;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        main.removeAll();
        try {
            show(packs.publishedContent(event.getRouteParameters().getLong("packId").orElse(-1L)));
        } catch (DomainException e) {
            main.add(new H1("Report not found"), new Paragraph(e.getMessage()));
        }
    }

    private void show(PackContent pack) {
        main.add(new H1(pack.summary().title()), new Paragraph("Version " + pack.summary().version() + ", published "
                + UkDates.format(pack.summary().publishedAt()) + ". Cabinet decision: "
                + (pack.summary().decision() == null ? "none" : pack.summary().decision().label() + " on "
                + UkDates.format(pack.summary().cabinetDate())) + "."));
        var summary = new NativeTable();
        summary.setCaptionText("Summary: measures by RAG rating");
        NativeTableRow head = summary.getHead().addRow();
        head.addHeaderCell().setText("RAG rating");
        head.addHeaderCell().setText("Measures");
        pack.ragCounts().forEach((rag, count) -> {
            NativeTableRow row = summary.getBody().addRow();
            rowHeader(row).add(ragLabel(rag));
            row.addDataCell().setText(String.valueOf(count));
        });
        main.add(new H2("Summary"), summary);
        if (!pack.missingReturns().isEmpty()) {
            main.add(new H2("Missing returns"), new Paragraph("The quarter was closed before these returns were "
                    + "signed off, so their measures are not in this report."));
            var missing = new UnorderedList();
            pack.missingReturns().forEach(m -> missing.add(new ListItem("Missing: " + m.label())));
            main.add(missing);
        }
        main.add(new H2("Exceptions"), exceptions(pack.lines()));
        Map<String, List<PackLineRow>> byDirectorate = new LinkedHashMap<>();
        pack.lines().forEach(l -> byDirectorate.computeIfAbsent(l.directorate(), k -> new java.util.ArrayList<>()).add(l));
        byDirectorate.forEach((directorate, lines) -> main.add(new H2(directorate), measures(directorate, lines)));
    }

    /** Red or worsening measures with what is being done about them. */
    private static com.vaadin.flow.component.Component exceptions(List<PackLineRow> lines) {
        List<PackLineRow> exceptions = lines.stream().filter(PackLineRow::isException).toList();
        if (exceptions.isEmpty()) {
            return new Paragraph("No measure is red or worsening.");
        }
        var table = new NativeTable();
        table.setCaptionText("Measures that are red or worsening, with their remedial actions");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("Measure", "RAG", "Direction of travel", "Remedial actions")) {
            head.addHeaderCell().setText(column);
        }
        head.getChildren().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (PackLineRow line : exceptions) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row).setText(line.code() + " " + line.title());
            row.addDataCell().add(ragLabel(line.rag()));
            row.addDataCell().setText(line.direction().label());
            row.addDataCell().setText(orDash(line.remedialActions()));
        }
        return table;
    }

    private static NativeTable measures(String directorate, List<PackLineRow> lines) {
        var table = new NativeTable();
        table.setCaptionText("Measures of " + directorate);
        table.addClassName("measures");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("Measure", "Commissioning area", "Value", "Target", "RAG",
                "Direction of travel", "Recent quarters", "Commentary")) {
            head.addHeaderCell().setText(column);
        }
        head.getChildren().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (PackLineRow line : lines) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row).setText(line.code() + " " + line.title());
            row.addDataCell().setText(line.commissioningArea());
            row.addDataCell().setText(orDash(line.value()));
            row.addDataCell().setText(orDash(line.target()));
            row.addDataCell().add(ragLabel(line.rag()));
            row.addDataCell().setText(line.direction().label());
            row.addDataCell().setText(orDash(line.recentValues()));
            row.addDataCell().setText(orDash(line.commentary()));
        }
        return table;
    }

    private static com.vaadin.flow.component.html.NativeTableHeaderCell rowHeader(NativeTableRow row) {
        var cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }

    private static Span ragLabel(Rag rag) {
        var span = new Span(rag.label());
        span.addClassName("rag");
        span.getElement().setAttribute("data-rag", rag.name().toLowerCase());
        span.getElement().setAttribute("title", rag.meaning());
        return span;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "Not given" : text;
    }
}
