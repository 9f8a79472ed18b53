package uk.co.goldenthread.people.ui;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.ui.SignedInPersonLabel;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.Role;

/** The header's name for a person: full name and roles, e.g. "Priya Shah, Performance Team". */
@Component
class PersonLabels implements SignedInPersonLabel {

    private final PeopleService people;

    PersonLabels(PeopleService people) {
        this.people = people;
    }

    @Override
    public Optional<String> of(String username) {
        return people.findByUsername(username).map(p -> p.fullName() + (p.roles().isEmpty() ? ""
                : ", " + p.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))));
    }
}
