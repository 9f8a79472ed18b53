package uk.co.goldenthread.packs.ui;

import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.ui.PageNotFound;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.packs.PackOutline;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PublishedPacks;

/** A pack as compiled, for the Performance Team and Cabinet before it is published. */
@Route("packs/:packId")
@PageTitle("Pack | Golden Thread")
@RolesAllowed({"PERFORMANCE_TEAM", "CABINET"})
public class PackView extends Main implements BeforeEnterObserver {

    private static final int PAGE_SIZE = 20;

    private final PackService packs;
    private final PublishedPacks published;

    public PackView(PackService packs, PublishedPacks published) {
        this.packs = packs;
        this.published = published;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long packId = PageNotFound.id(event.getRouteParameters(), "packId");
            PackOutline content = packs.outline(packId);
            add(new H2(content.summary().title() + " (version " + content.summary().version() + ")"),
                    new Paragraph("Status: " + content.summary().status().label()
                            + (content.summary().decision() == null ? ""
                                    : ". Cabinet decision: " + content.summary().decision().label())));
            add(rendered(content.summary().id()));
            content.missingReturns().forEach(m -> add(new Paragraph("Missing: " + m.label())));
            var grid = new Grid<PackLineRow>();
            grid.addColumn(PackLineRow::commissioningArea).setHeader("Area").setKey("area").setAutoWidth(true);
            grid.addColumn(PackLineRow::code).setHeader("Code").setKey("code").setAutoWidth(true);
            grid.addColumn(PackLineRow::title).setHeader("Measure").setKey("title").setFlexGrow(1);
            grid.addColumn(PackLineRow::value).setHeader("Value").setKey("value").setAutoWidth(true);
            grid.addColumn(PackLineRow::target).setHeader("Target").setKey("target").setAutoWidth(true);
            grid.addColumn(PackLineRow::baseline).setHeader("Baseline").setKey("baseline").setAutoWidth(true);
            grid.addColumn(PackLineRow::ragText).setHeader("RAG").setKey("rag").setAutoWidth(true);
            grid.addColumn(l -> l.direction().label()).setHeader("Direction of travel").setKey("direction")
                    .setAutoWidth(true);
            grid.addColumn(l -> l.directionOnLastYear().label()).setHeader("Same period last year")
                    .setKey("directionOnLastYear").setAutoWidth(true);
            grid.addColumn(PackLineRow::recentValues).setHeader("Recent quarters").setKey("recent").setFlexGrow(1);
            grid.addColumn(PackLineRow::commentary).setHeader("Commentary").setKey("commentary").setFlexGrow(2);
            grid.addColumn(l -> l.remedialActions() == null ? "" : l.remedialActions()).setHeader("Remedial actions")
                    .setKey("remedialActions").setFlexGrow(2);
            grid.addColumn(PackLineRow::reportedBy).setHeader("Reported by").setKey("reportedBy").setAutoWidth(true);
            // the whole of every cell is readable: text wraps instead of being cut with "..."
            grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            // read from the stored pack a page at a time as the grid is scrolled: no copy of every line (commentary
            // and all) is kept for each person who has the pack open
            int lines = (int) content.lineCount();
            grid.setPageSize(PAGE_SIZE);
            grid.setItems(query -> packs.lines(packId, query.getPage(), query.getPageSize()).stream(), query -> lines);
            if (lines <= PAGE_SIZE) {
                grid.setAllRowsVisible(true); // one page at most: as tall as its rows
            } else {
                grid.setHeight("70vh");
            }
            grid.setAriaLabel("Measures in the pack");
            add(grid);
        } catch (NoSuchRecordException e) {
            throw PageNotFound.because(e);
        } catch (DomainException e) {
            add(new H2("Pack not available"), new Paragraph(e.getMessage()));
        }
    }

    /**
     * The pack as rendered (HTML, with its charts, and PDF) at its public address once its Cabinet papers are
     * published; before that, the compiled version's HTML at its staff address (/compiled-packs/{id}).
     */
    private Paragraph rendered(long packId) {
        return published.all().stream().filter(v -> v.packId() == packId).findFirst()
                .map(v -> {
                    var html = new Anchor(v.path(), "Read the rendered pack, with its charts (HTML)");
                    var pdf = new Anchor(v.path() + ".pdf", "Download it as PDF");
                    return new Paragraph(html, new Text(" or "), pdf);
                })
                .orElseGet(() -> new Paragraph(new Anchor("/compiled-packs/" + packId,
                        "Read the compiled pack, with its charts (HTML)"), new Text(" Not public yet: only staff can "
                        + "read it at this address. Its public address and PDF come once the Cabinet papers are "
                        + "published.")));
    }
}
