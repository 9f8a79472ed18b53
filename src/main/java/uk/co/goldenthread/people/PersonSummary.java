package uk.co.goldenthread.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Who someone is, as other modules see them; a leaver keeps their name and has the date they left. */
public record PersonSummary(long id, String username, String fullName, String jobTitle, Set<Role> roles,
        @Nullable String email, @Nullable LocalDate leftOn) {
}
