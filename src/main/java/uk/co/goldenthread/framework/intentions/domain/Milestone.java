package uk.co.goldenthread.framework.intentions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A milestone of an intention, with its due date. */
@Entity
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Intention intention;

    @Column(length = 500)
    private String title = "";

    private @Nullable LocalDate due;

    protected Milestone() {
        this.intention = new Intention();
    }

    Milestone(Intention intention, String title, @Nullable LocalDate due) {
        this.intention = intention;
        this.title = title;
        this.due = due;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getTitle() { return title; }
    public @Nullable LocalDate getDue() { return due; }
}
