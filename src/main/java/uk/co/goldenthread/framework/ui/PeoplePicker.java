package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** Chooses any number of people holding the role; bound to their ids. */
public class PeoplePicker extends MultiSelectComboBox<PersonSummary> {

    private final PersonChoices choices;

    public PeoplePicker(String label, PeopleService people, Role role) {
        super(label);
        choices = new PersonChoices(people, role);
        setItems(choices.list());
        setItemLabelGenerator(PersonSummary::fullName);
        setClearButtonVisible(true);
    }

    /** The chosen people as their ids; people no longer among the choices (leavers) are still shown. */
    public Converter<Set<PersonSummary>, Set<Long>> asIds() {
        return Converter.from(people -> Result.ok(people.stream().map(PersonSummary::id).collect(Collectors.toSet())),
                ids -> {
                    int before = choices.list().size();
                    Set<PersonSummary> chosen = ids.stream().map(choices::find).flatMap(Optional::stream)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    if (choices.list().size() != before) {
                        setItems(choices.list());
                    }
                    return chosen;
                });
    }
}
