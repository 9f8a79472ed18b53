package uk.co.goldenthread.base.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A person's sign-in generation: a session signed in under an older one has ended, on whichever node it is held.
 * No row is generation 0.
 */
@Entity
public class SessionGeneration {

    @Id
    @Column(length = 100)
    private String username = "";
    private long generation;

    protected SessionGeneration() {
    }

    public SessionGeneration(String username) {
        this.username = username;
    }

    public long getGeneration() {
        return generation;
    }

    /** Ends every session signed in until now. */
    public void next() {
        generation++;
    }
}
