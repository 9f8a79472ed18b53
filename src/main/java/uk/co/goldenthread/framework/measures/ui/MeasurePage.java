package uk.co.goldenthread.framework.measures.ui;

import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.ui.PageNotFound;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.measures.MeasureQueryService;
import uk.co.goldenthread.framework.measures.MeasureRevisionService;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.measures.MeasureTargetService;
import uk.co.goldenthread.framework.structure.OutcomeNode;
import uk.co.goldenthread.people.PeopleService;

/** Everything about one measure: definition, judging, owner, classifications, targets, benchmarks and history. */
@Route("measures/:code")
@PageTitle("Measure | Golden Thread")
@RolesAllowed("PERFORMANCE_TEAM")
public class MeasurePage extends Main implements BeforeEnterObserver {

    private final MeasureQueryService queries;
    private final MeasureTargetService targets;
    private final MeasureEditor editor;
    private final int currentYear;
    private String code = "";

    public MeasurePage(FrameworkAdminService admin, MeasureQueryService queries, MeasureRevisionService revisions,
            MeasureTargetService targets, FrameworkStructureService structure, FrameworkService framework,
            FrameworkVersionService versions, PeopleService people, Clock clock) {
        this.queries = queries;
        this.targets = targets;
        this.currentYear = FinancialQuarter.containing(LocalDate.now(clock)).financialYear();
        editor = new MeasureEditor(admin, queries, revisions, versions, people);
        editor.setChoices(framework.areas(),
                structure.outcomeTree().stream().flatMap(OutcomeNode::withDescendants).toList());
        editor.onSaved(this::show);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        try {
            queries.measureDetails(code);
        } catch (NoSuchRecordException e) {
            throw PageNotFound.because(e);
        }
        show();
    }

    private void show() {
        removeAll();
        add(new Paragraph(new Anchor("measures", "All measures")));
        try {
            MeasureDetails details = queries.measureDetails(code);
            add(new H2(code + " " + details.measure().title()),
                    new Button("Edit measure", VaadinIcon.EDIT.create(), e -> editor.edit(details.measure())), editor,
                    new MeasureFacts(details), chain(details), new TargetsPanel(details, targets, currentYear, this::show),
                    new ComparatorsPanel(details, targets, this::show), new MeasureCharts(details),
                    new MeasureHistory(details));
        } catch (DomainException e) {
            add(new H2("Measure not found"), new Paragraph(e.getMessage()));
        }
    }

    /** The old and successor measures along this one's revisions, each a link to its page. */
    private static Section chain(MeasureDetails details) {
        var section = new Section(new H3("Revisions"));
        if (details.chain().isEmpty()) {
            section.add(new Paragraph(code(details) + " has not been revised and replaces no other measure."));
            return section;
        }
        var list = new UnorderedList();
        details.chain().forEach(link -> list.add(new ListItem(new Span(link.verb() + " "),
                new Anchor("measures/" + link.code(), link.code()), new Span(link.afterCode()))));
        section.add(list);
        return section;
    }

    private static String code(MeasureDetails details) {
        return details.measure().code();
    }
}
