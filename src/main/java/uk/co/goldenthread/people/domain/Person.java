package uk.co.goldenthread.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 100, nullable = false, unique = true)
    private String username;

    @Column(length = 200, nullable = false)
    private String fullName;

    @Column(length = 200)
    private String jobTitle;

    @Column(length = 254)
    private @Nullable String email;

    @Column(length = 200)
    private @Nullable String passwordHash;

    private boolean active = true;

    private java.time.@Nullable LocalDate leftOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
        this.username = "";
        this.fullName = "";
        this.jobTitle = "";
    }

    public Person(String username, String fullName, String jobTitle, @Nullable String email, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.jobTitle = jobTitle;
        this.email = email;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Person not saved yet");
        }
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public java.time.@Nullable LocalDate getLeftOn() {
        return leftOn;
    }

    /** A leaver is end-dated, never deleted: history keeps their name. */
    public void setLeftOn(java.time.@Nullable LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public PersonSummary toSummary() {
        return new PersonSummary(getId(), username, fullName, jobTitle, getRoles(), email, leftOn);
    }
}
