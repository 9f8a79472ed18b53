package uk.co.goldenthread.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A person as the Performance Team edits them: who they are and the roles they hold. */
public record PersonForm(String username, String fullName, String jobTitle, @Nullable String email, Set<Role> roles) {

    public PersonForm {
        username = username == null ? "" : username.strip();
        fullName = fullName == null ? "" : fullName.strip();
        jobTitle = jobTitle == null ? "" : jobTitle.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static PersonForm of(PersonSummary person) {
        return new PersonForm(person.username(), person.fullName(), person.jobTitle(), person.email(), person.roles());
    }

    Map<String, @Nullable String> describe() {
        Map<String, @Nullable String> d = new LinkedHashMap<>();
        d.put("Username", username);
        d.put("Name", fullName);
        d.put("Job title", jobTitle);
        d.put("Email", email);
        d.put("Roles", String.join(", ", new TreeSet<>(roles.stream().map(Role::label).toList())));
        return d;
    }
}
