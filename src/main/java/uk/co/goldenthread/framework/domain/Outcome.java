package uk.co.goldenthread.framework.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A statement of wellbeing or a commissioning objective; outcomes form a tree of any depth. */
@Entity
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Outcome parent;

    protected Outcome() {
        this.title = "";
    }

    public Outcome(String title, @Nullable Outcome parent) {
        this.title = title;
        this.parent = parent;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getTitle() {
        return title;
    }

    public @Nullable Outcome getParent() {
        return parent;
    }
}
