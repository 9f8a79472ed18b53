package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** Chooses one person among those holding the roles; bound to the person's id. */
public class PersonPicker extends ComboBox<PersonSummary> {

    private final PersonChoices choices;

    public PersonPicker(String label, PeopleService people, Role... roles) {
        super(label);
        choices = new PersonChoices(people, roles);
        setItems(choices.list());
        setItemLabelGenerator(PersonSummary::fullName);
        setClearButtonVisible(true);
    }

    /** The chosen person as their id; someone no longer among the choices (a leaver) is still shown. */
    public Converter<@Nullable PersonSummary, @Nullable Long> asId() {
        return Converter.from(p -> Result.ok(p == null ? null : p.id()), id -> id == null ? null : person(id));
    }

    private @Nullable PersonSummary person(long id) {
        int before = choices.list().size();
        PersonSummary person = choices.find(id).orElse(null);
        if (choices.list().size() != before) {
            setItems(choices.list());
        }
        return person;
    }
}
