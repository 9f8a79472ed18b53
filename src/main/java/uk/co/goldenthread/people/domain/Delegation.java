package uk.co.goldenthread.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A deputy acting for a person in their tasks, in their own name "on behalf of", for a date range. */
@Entity
public class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;
    private long deputyId;
    private LocalDate startsOn = LocalDate.MIN;
    private LocalDate endsOn = LocalDate.MIN;
    @Column(length = 100)
    private String createdBy = "";
    private LocalDateTime createdAt = LocalDateTime.MIN;

    protected Delegation() {
    }

    public Delegation(long personId, long deputyId, LocalDate startsOn, LocalDate endsOn, String createdBy,
            LocalDateTime createdAt) {
        this.personId = personId;
        this.deputyId = deputyId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Delegation not saved yet");
        }
        return id;
    }

    public long getPersonId() { return personId; }
    public long getDeputyId() { return deputyId; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
