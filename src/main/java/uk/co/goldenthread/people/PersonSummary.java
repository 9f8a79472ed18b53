package uk.co.goldenthread.people;

import java.util.Set;

/** Who someone is, as other modules see them. */
public record PersonSummary(long id, String username, String fullName, String jobTitle, Set<Role> roles) {
}
