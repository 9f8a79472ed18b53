package uk.co.goldenthread.people.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.people.PeopleAdminService;
import uk.co.goldenthread.people.PersonForm;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** Adds a person or changes who they are and the roles they hold. */
class PersonEditor extends RecordEditor<PersonForm> {

    private final PeopleAdminService admin;

    PersonEditor(PeopleAdminService admin) {
        super(PersonForm.class, "Save person");
        this.admin = admin;
        var username = new TextField("Username");
        username.setHelperText("What they sign in with, e.g. sam.jones");
        var name = new TextField("Name");
        var jobTitle = new TextField("Job title");
        var email = new EmailField("Email");
        var roles = new CheckboxGroup<Role>("Roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        binder().forField(username).asRequired("Give a username.").bind("username");
        binder().forField(name).asRequired("Give the person's full name.").bind("fullName");
        binder().forField(jobTitle).bind("jobTitle");
        binder().forField(email).bind("email");
        binder().forField(roles).bind("roles");
        addFields(username, name, jobTitle, email, roles);
    }

    void addNew() {
        open("New person", new PersonForm("", "", "", null, Set.of()), admin::addPerson, "Person added.");
    }

    void edit(PersonSummary person) {
        open("Edit " + person.fullName(), PersonForm.of(person), form -> admin.updatePerson(person.id(), form),
                "Person saved.");
    }
}
