package uk.co.goldenthread.framework.versions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A version of the framework, taking effect at its cut-over date. Measures name the version that introduced or
 * retired them; values reported before a cut-over are never rewritten.
 */
@Entity
public class FrameworkVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 300)
    private String name = "";
    private LocalDate cutOverDate = LocalDate.MIN;
    private @Nullable Integer firstReportedYear;
    private @Nullable Integer firstReportedQuarter;
    @Column(length = 500)
    private @Nullable String source;
    private LocalDateTime createdAt = LocalDateTime.MIN;
    @Column(length = 100)
    private String createdBy = "";

    /** How many of the version's measures the paper says are carried over ("23 are existing KBMs"), if it says. */
    private @Nullable Integer existingMeasureCount;

    /** How many of the version's measures the paper says are new ("40 are New KBMs"), if it says. */
    private @Nullable Integer newMeasureCount;

    protected FrameworkVersion() {
    }

    public FrameworkVersion(String name, LocalDate cutOverDate, @Nullable Integer firstReportedYear,
            @Nullable Integer firstReportedQuarter, @Nullable String source, LocalDateTime createdAt, String createdBy) {
        this.name = name;
        this.cutOverDate = cutOverDate;
        this.firstReportedYear = firstReportedYear;
        this.firstReportedQuarter = firstReportedQuarter;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getName() { return name; }
    public LocalDate getCutOverDate() { return cutOverDate; }
    public @Nullable Integer getFirstReportedYear() { return firstReportedYear; }
    public @Nullable Integer getFirstReportedQuarter() { return firstReportedQuarter; }
    public @Nullable String getSource() { return source; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public @Nullable Integer getExistingMeasureCount() { return existingMeasureCount; }
    public @Nullable Integer getNewMeasureCount() { return newMeasureCount; }

    /**
     * The counts as the paper gives them, never derived per measure (Warwickshire's Appendix B does not say which
     * KBMs are the existing ones).
     */
    public void setMeasureCounts(@Nullable Integer existing, @Nullable Integer added) {
        this.existingMeasureCount = existing;
        this.newMeasureCount = added;
    }
}
