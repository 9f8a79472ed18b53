package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.LocalDateTime;

/** When a person last opened a return, so that the next time they see what changed since. */
@Entity
public class ReturnVisit {

    @EmbeddedId
    private Key key = new Key();

    private LocalDateTime visitedAt = LocalDateTime.MIN;

    protected ReturnVisit() {
    }

    public ReturnVisit(long returnId, long personId, LocalDateTime visitedAt) {
        this.key = new Key(returnId, personId);
        this.visitedAt = visitedAt;
    }

    public LocalDateTime getVisitedAt() {
        return visitedAt;
    }

    public void setVisitedAt(LocalDateTime visitedAt) {
        this.visitedAt = visitedAt;
    }

    /** Return and person. */
    @Embeddable
    public record Key(long returnId, long personId) implements Serializable {

        Key() {
            this(0, 0);
        }
    }
}
