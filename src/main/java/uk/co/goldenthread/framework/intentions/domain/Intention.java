package uk.co.goldenthread.framework.intentions.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.structure.domain.CommissioningArea;
import uk.co.goldenthread.framework.structure.domain.Outcome;

/** What is commissioned from delivery or the market: a service or a milestone, with an owner and milestones. */
@Entity
public class Intention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 40, unique = true, nullable = false)
    private String code = "";

    @Column(columnDefinition = "TEXT")
    private String title = "";

    @Enumerated(EnumType.STRING)
    private IntentionKind kind = IntentionKind.SERVICE;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable CommissioningArea area;

    @ManyToOne(fetch = FetchType.EAGER)
    private @Nullable Outcome outcome;

    private @Nullable Long ownerId;

    private boolean allAds;

    // both collections are loaded for up to 100 intentions in one query each, not two queries per intention (every
    // click on a return that reports progress reads all intentions)
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intention_measure", joinColumns = @JoinColumn(name = "intention_id"))
    @Column(name = "measure_id")
    private Set<Long> measureIds = new LinkedHashSet<>();

    @BatchSize(size = 100)
    @OneToMany(mappedBy = "intention", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due")
    private List<Milestone> milestones = new ArrayList<>();

    protected Intention() {
    }

    public Intention(String code, String title, IntentionKind kind) {
        this.code = code;
        this.title = title;
        this.kind = kind;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public IntentionKind getKind() { return kind; }
    public void setKind(IntentionKind kind) { this.kind = kind; }
    public @Nullable CommissioningArea getArea() { return area; }
    public void setArea(@Nullable CommissioningArea area) { this.area = area; }
    public @Nullable Outcome getOutcome() { return outcome; }
    public void setOutcome(@Nullable Outcome outcome) { this.outcome = outcome; }
    public @Nullable Long getOwnerId() { return ownerId; }
    public void setOwnerId(@Nullable Long ownerId) { this.ownerId = ownerId; }
    public boolean isAllAds() { return allAds; }
    public void setAllAds(boolean allAds) { this.allAds = allAds; }
    public Set<Long> getMeasureIds() { return Set.copyOf(measureIds); }
    public void setMeasureIds(Set<Long> ids) { this.measureIds = new LinkedHashSet<>(ids); }
    public List<Milestone> getMilestones() { return List.copyOf(milestones); }

    public IntentionSummary toSummary() {
        return new IntentionSummary(getId(), code, title, kind, area == null ? null : area.getId(),
                area == null ? null : area.getName(), outcome == null ? null : outcome.getId(), ownerId, allAds,
                getMeasureIds(), milestones.stream()
                        .map(m -> new IntentionSummary.Milestone(m.getId(), m.getTitle(), m.getDue())).toList());
    }

    public Milestone addMilestone(String title, java.time.@Nullable LocalDate due) {
        var milestone = new Milestone(this, title, due);
        milestones.add(milestone);
        return milestone;
    }

    public boolean removeMilestone(long milestoneId) {
        return milestones.removeIf(m -> m.getId() == milestoneId);
    }

    public void clearMilestones() {
        milestones.clear();
    }
}
