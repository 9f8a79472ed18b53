package uk.co.goldenthread.framework.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.OutcomeLevel;

/** A statement of wellbeing, a commissioning objective or a category; outcomes form a tree of any depth. */
@Entity
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 40, unique = true, nullable = false)
    private String code = "";

    @Column(columnDefinition = "TEXT")
    private String title = "";

    @Enumerated(EnumType.STRING)
    private OutcomeLevel level = OutcomeLevel.STRATEGIC_OUTCOME;

    @ManyToOne(fetch = FetchType.LAZY)
    private @Nullable Outcome parent;

    protected Outcome() {
    }

    public Outcome(String code, String title, OutcomeLevel level, @Nullable Outcome parent) {
        this.code = code;
        this.title = title;
        this.level = level;
        this.parent = parent;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public OutcomeLevel getLevel() { return level; }
    public void setLevel(OutcomeLevel level) { this.level = level; }
    public @Nullable Outcome getParent() { return parent; }
    public void setParent(@Nullable Outcome parent) { this.parent = parent; }
}
