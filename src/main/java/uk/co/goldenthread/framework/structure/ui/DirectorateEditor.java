package uk.co.goldenthread.framework.structure.ui;

import com.vaadin.flow.component.textfield.TextField;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.structure.DirectorateForm;
import uk.co.goldenthread.framework.structure.DirectorateSummary;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.ui.PersonPicker;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** Adds or edits a directorate (Strategy and Commissioning area) and names its Strategic Director. */
class DirectorateEditor extends RecordEditor<DirectorateForm> {

    private final FrameworkStructureService structure;

    DirectorateEditor(FrameworkStructureService structure, PeopleService people) {
        super(DirectorateForm.class, "Save directorate");
        this.structure = structure;
        var name = new TextField("Name");
        var director = new PersonPicker("Strategic Director", people, Role.STRATEGIC_DIRECTOR);
        binder().forField(name).asRequired("Give the directorate a name.").bind("name");
        binder().forField(director).withConverter(director.asId()).bind("strategicDirectorId");
        addFields(name, director);
    }

    void addNew() {
        open("New directorate", new DirectorateForm("", null), form -> structure.saveDirectorate(null, form),
                "Directorate added.");
    }

    void edit(DirectorateSummary directorate) {
        open("Edit " + directorate.name(), directorate.toForm(),
                form -> structure.saveDirectorate(directorate.id(), form), "Directorate saved.");
    }
}
