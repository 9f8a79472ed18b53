package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.people.PasswordService;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** People and their roles; leavers are end-dated, never deleted; deputies act for an AD for a date range. */
@Route("people")
@PageTitle("People | Golden Thread")
@Menu(title = "People", order = 12.5, icon = "vaadin:users")
@RolesAllowed("PERFORMANCE_TEAM")
public class PeopleView extends Main {

    private final PeopleAdminService admin;
    private final TextField search = new TextField("Search by name or username");
    private final Grid<PersonSummary> grid = new Grid<>();
    private final PersonEditor editor;
    private final LeavingAndDeputies leaving;

    public PeopleView(PeopleAdminService admin, PasswordService passwords) {
        this.admin = admin;
        editor = new PersonEditor(admin);
        leaving = new LeavingAndDeputies(admin, passwords, this::refresh);
        editor.onSaved(this::refresh);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(PersonSummary::fullName).setHeader("Name").setKey("name").setAutoWidth(true);
        grid.addColumn(PersonSummary::username).setHeader("Username").setKey("username").setAutoWidth(true);
        grid.addColumn(p -> p.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setKey("roles").setFlexGrow(1);
        grid.addColumn(p -> UkDates.format(p.leftOn())).setHeader("Left on").setKey("leftOn").setAutoWidth(true);
        grid.setAriaLabel("People");
        grid.setEmptyStateText("No one matches the search: check the spelling, or search by part of a name or "
                + "username.");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue());
                leaving.show(e.getValue());
            }
        });
        add(new H2("People"), new Paragraph(new Anchor("areas", "Directorates and commissioning areas")), search,
                new Button("New person", VaadinIcon.PLUS.create(), e -> editor.addNew()), grid, editor, leaving);
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.search(search.getValue()));
    }
}
