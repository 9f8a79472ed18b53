package uk.co.goldenthread.framework.structure.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.structure.DirectorateSummary;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.ui.IdComboBox;
import uk.co.goldenthread.framework.ui.PeoplePicker;
import uk.co.goldenthread.framework.ui.PersonPicker;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** Adds or edits a commissioning area with its AD Commissioning and its AD Delivery people. */
class AreaEditor extends RecordEditor<AreaForm> {

    private final FrameworkStructureService structure;
    private final IdComboBox<DirectorateSummary> directorate = new IdComboBox<>("Directorate", DirectorateSummary::id,
            DirectorateSummary::name);

    AreaEditor(FrameworkStructureService structure, PeopleService people) {
        super(AreaForm.class, "Save commissioning area");
        this.structure = structure;
        var name = new TextField("Name");
        var commissioning = new PersonPicker("AD Commissioning", people, Role.AD_COMMISSIONING);
        var delivery = new PeoplePicker("AD Delivery", people, Role.AD_DELIVERY);
        delivery.setHelperText("Each AD Delivery of the area completes a return for it every quarter");
        binder().forField(name).asRequired("Give the commissioning area a name.").bind("name");
        binder().forField(directorate).asRequired("Choose the directorate.")
                .withConverter(directorate.asId()).bind("directorateId");
        binder().forField(commissioning).withConverter(commissioning.asId()).bind("adCommissioningId");
        binder().forField(delivery).withConverter(delivery.asIds()).bind("adDeliveryIds");
        addFields(name, directorate, commissioning, delivery);
    }

    void setDirectorates(List<DirectorateSummary> directorates) {
        directorate.setChoices(directorates);
    }

    void addNew() {
        open("New commissioning area", new AreaForm("", null, null, Set.of()), form -> structure.saveArea(null, form),
                "Commissioning area added.");
    }

    void edit(AreaSummary area) {
        open("Edit " + area.name(), AreaForm.of(area), form -> structure.saveArea(area.id(), form),
                "Commissioning area saved.");
    }
}
