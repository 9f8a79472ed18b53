package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.people.DelegationSummary;
import uk.co.goldenthread.people.PasswordService;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonSummary;

/** For one person: marking them as a leaver, and the deputies who act for them in their tasks. */
class LeavingAndDeputies extends Section {

    private final PeopleAdminService admin;
    private final Runnable onChange;
    private final H3 heading = new H3();
    private final Paragraph status = new Paragraph();
    private final UkDatePicker leftOn = new UkDatePicker("Left on");
    private final Grid<DelegationSummary> deputies = new Grid<>();
    private final ComboBox<PersonSummary> deputy = new ComboBox<>("Deputy");
    private final UkDatePicker from = new UkDatePicker("From");
    private final UkDatePicker to = new UkDatePicker("To");
    private final ErrorSummary errors = new ErrorSummary();
    private @Nullable PersonSummary person;

    LeavingAndDeputies(PeopleAdminService admin, PasswordService passwords, Runnable onChange) {
        this.admin = admin;
        this.onChange = onChange;
        deputy.setItemLabelGenerator(PersonSummary::fullName);
        // the last day is on or after the first (PeopleAdminService.delegate checks it too)
        from.addValueChangeListener(e -> to.allowOnly(e.getValue(), null));
        deputies.addColumn(DelegationSummary::deputyName).setHeader("Deputy").setKey("deputy").setFlexGrow(1);
        deputies.addColumn(d -> UkDates.format(d.startsOn())).setHeader("From").setKey("from").setAutoWidth(true);
        deputies.addColumn(d -> UkDates.format(d.endsOn())).setHeader("To").setKey("to").setAutoWidth(true);
        deputies.setAllRowsVisible(true);
        deputies.setAriaLabel("Deputies");
        deputies.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var markLeaver = new Button("Mark as leaver", e -> {
            if (errors.attempt(this, () -> person = admin.markAsLeaver(shown().id(), leftOn.getValue()),
                    "Leaving date recorded.")) {
                show(shown());
                onChange.run();
            }
        });
        var addDeputy = new Button("Add deputy", e -> {
            if (errors.attempt(this, () -> admin.delegate(shown().id(), deputy.getValue() == null ? null
                    : deputy.getValue().id(), from.getValue(), to.getValue()), "Deputy added.")) {
                show(shown());
            }
        });
        var signInLink = new Button("E-mail a sign-in link", e -> errors.attempt(this,
                () -> passwords.sendSignInLink(shown().id()), "Sign-in link e-mailed to " + shown().email() + "."));
        add(heading, errors, status, new Div(leftOn, markLeaver), new H3("Sign-in"), new Paragraph("E-mails a link with which "
                + "the person chooses their password: their first, or a new one. It works once, for 7 days."),
                signInLink, new H3("Deputies"),
                new Paragraph("A deputy acts for the person in their tasks, in their own name, for the dates given."),
                deputies, new Div(deputy, from, to, addDeputy));
        addClassName("admin-panel");
        setVisible(false);
    }

    private PersonSummary shown() {
        if (person == null) {
            throw new IllegalStateException("Leaving and deputies act only once a person is shown");
        }
        return person;
    }

    void show(PersonSummary chosen) {
        person = chosen;
        errors.clear();
        heading.setText("Leaving and deputies: " + chosen.fullName());
        status.setText(chosen.leftOn() == null ? "Has not left." : "Leaves or left on " + UkDates.format(chosen.leftOn())
                + "; they cannot sign in from that day, and their name stays in the history.");
        leftOn.setValue(chosen.leftOn());
        deputies.setItems(admin.delegationsOf(chosen.id()));
        deputy.setItems(admin.search("").stream().filter(p -> p.leftOn() == null && p.id() != chosen.id()).toList());
        setVisible(true);
    }
}
