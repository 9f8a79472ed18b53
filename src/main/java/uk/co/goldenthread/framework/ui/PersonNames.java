package uk.co.goldenthread.framework.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;

/** People's names for the ids the framework keeps, each looked up once per screen. */
public final class PersonNames {

    private final PeopleService people;
    private final Map<Long, String> names = new HashMap<>();

    public PersonNames(PeopleService people) {
        this.people = people;
    }

    public String of(@Nullable Long id) {
        return id == null ? "" : names.computeIfAbsent(id,
                key -> people.findById(key).map(PersonSummary::fullName).orElse("(unknown person)"));
    }

    public String of(Collection<Long> ids) {
        return ids.stream().map(this::of).sorted().collect(Collectors.joining(", "));
    }
}
