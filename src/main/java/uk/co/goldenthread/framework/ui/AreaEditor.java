package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.framework.AreaForm;
import uk.co.goldenthread.framework.AreaView;
import uk.co.goldenthread.framework.DirectorateView;
import uk.co.goldenthread.framework.FrameworkStructureService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** Adds or edits a commissioning area with its AD Commissioning and its AD Delivery people. */
class AreaEditor extends RecordEditor<AreaForm> {

    private final FrameworkStructureService structure;
    private final ComboBox<DirectorateView> directorate = new ComboBox<>("Directorate");
    private List<DirectorateView> directorates = List.of();

    AreaEditor(FrameworkStructureService structure, PeopleService people) {
        super(AreaForm.class, "Save commissioning area");
        this.structure = structure;
        var name = new TextField("Name");
        directorate.setItemLabelGenerator(DirectorateView::name);
        var commissioning = new PersonPicker("AD Commissioning", people, Role.AD_COMMISSIONING);
        var delivery = new PeoplePicker("AD Delivery", people, Role.AD_DELIVERY);
        delivery.setHelperText("Each AD Delivery of the area completes a return for it every quarter");
        binder().forField(name).asRequired("Give the commissioning area a name.").bind("name");
        binder().forField(directorate).asRequired("Choose the directorate.")
                .withConverter(Converter.<@Nullable DirectorateView, @Nullable Long>from(
                        d -> Result.ok(d == null ? null : d.id()), this::directorate))
                .bind("directorateId");
        binder().forField(commissioning).withConverter(commissioning.asId()).bind("adCommissioningId");
        binder().forField(delivery).withConverter(delivery.asIds()).bind("adDeliveryIds");
        addFields(name, directorate, commissioning, delivery);
    }

    void setDirectorates(List<DirectorateView> directorates) {
        this.directorates = directorates;
        directorate.setItems(directorates);
    }

    void addNew() {
        open("New commissioning area", new AreaForm("", null, null, Set.of()), form -> structure.saveArea(null, form),
                "Commissioning area added.");
    }

    void edit(AreaView area) {
        open("Edit " + area.name(), AreaForm.of(area), form -> structure.saveArea(area.id(), form),
                "Commissioning area saved.");
    }

    private @Nullable DirectorateView directorate(@Nullable Long id) {
        return id == null ? null : directorates.stream().filter(d -> d.id() == id).findFirst().orElse(null);
    }
}
