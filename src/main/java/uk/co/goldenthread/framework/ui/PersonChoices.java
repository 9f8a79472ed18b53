package uk.co.goldenthread.framework.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/** The people a picker offers (current holders of the roles), plus anyone already named who no longer is one. */
final class PersonChoices {

    private final PeopleService people;
    private final List<PersonSummary> list;

    PersonChoices(PeopleService people, Role... roles) {
        this.people = people;
        this.list = new ArrayList<>(Stream.of(roles).flatMap(role -> people.withRole(role).stream()).distinct()
                .sorted(Comparator.comparing(PersonSummary::fullName)).toList());
    }

    List<PersonSummary> list() {
        return list;
    }

    /** The person with the id, added to the choices if they were not among them. */
    Optional<PersonSummary> find(long id) {
        Optional<PersonSummary> known = list.stream().filter(p -> p.id() == id).findFirst();
        if (known.isPresent()) {
            return known;
        }
        Optional<PersonSummary> other = people.findById(id);
        other.ifPresent(list::add);
        return other;
    }
}
