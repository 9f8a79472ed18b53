package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.MissingReturn;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;

/**
 * A compiled pack: a snapshot of a quarter's signed-off returns, and the returns missing from it when the quarter was
 * closed early. Neither ever changes once written.
 */
@Entity
public class Pack {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long quarterId;

    private int versionNumber;

    private @Nullable Integer financialYear;

    private @Nullable Integer quarterNumber;

    @Column(length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    private PackStatus status = PackStatus.COMPILED;

    private LocalDateTime compiledAt;

    @Column(length = 100)
    private String compiledBy;

    @Column(length = 64)
    private @Nullable String sha256;

    private @Nullable LocalDate cabinetMeeting;

    private @Nullable LocalDateTime papersPublishedAt;

    @Column(length = 100)
    private @Nullable String papersPublishedBy;

    private @Nullable String correctionNote;

    @Enumerated(EnumType.STRING)
    private @Nullable CabinetDecision cabinetDecision;

    private @Nullable LocalDate cabinetDate;

    @Column(length = 100)
    private @Nullable String decisionRecordedBy;

    private @Nullable LocalDateTime publishedAt;

    @Column(length = 100)
    private @Nullable String publishedBy;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "pack_id", nullable = false, updatable = false)
    @OrderBy("sortOrder")
    private List<PackLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pack_missing_return", joinColumns = @JoinColumn(name = "pack_id"))
    @OrderColumn(name = "sort_order")
    private List<PackMissingReturn> missingReturns = new ArrayList<>();

    @Version
    private long version;

    protected Pack() {
        this.title = "";
        this.compiledAt = LocalDateTime.MIN;
        this.compiledBy = "";
    }

    public Pack(long quarterId, FinancialQuarter period, int versionNumber, String title, LocalDateTime compiledAt, String compiledBy,
            List<PackLine> lines, List<MissingReturn> missingReturns, String sha256, @Nullable LocalDate cabinetMeeting,
            @Nullable String correctionNote) {
        this.quarterId = quarterId;
        this.financialYear = period.financialYear();
        this.quarterNumber = period.quarter();
        this.versionNumber = versionNumber;
        this.title = title;
        this.compiledAt = compiledAt;
        this.compiledBy = compiledBy;
        this.sha256 = sha256;
        this.cabinetMeeting = cabinetMeeting;
        this.correctionNote = correctionNote;
        this.lines = new ArrayList<>(lines);
        this.missingReturns = new ArrayList<>(missingReturns.stream().map(PackMissingReturn::new).toList());
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public long getQuarterId() {
        return quarterId;
    }

    /** The quarter the pack reports on. */
    public FinancialQuarter getPeriod() {
        return new FinancialQuarter(Objects.requireNonNull(financialYear, "compiled before packs knew their quarter"),
                Objects.requireNonNull(quarterNumber, "compiled before packs knew their quarter"));
    }

    /** On the public pages: the Cabinet papers once published, unless Cabinet referred them back. */
    public boolean isPublic() {
        return status != PackStatus.COMPILED && cabinetDecision != CabinetDecision.REFERRED_BACK;
    }

    public PackStatus getStatus() {
        return status;
    }

    public List<PackLine> getLines() {
        return List.copyOf(lines);
    }

    public List<MissingReturn> getMissingReturns() {
        return missingReturns.stream().map(PackMissingReturn::toView).toList();
    }

    public @Nullable CabinetDecision getDecision() {
        return cabinetDecision;
    }

    public void recordDecision(CabinetDecision decision, LocalDate date, String by) {
        this.cabinetDecision = decision;
        this.cabinetDate = date;
        this.decisionRecordedBy = by;
        this.status = PackStatus.DECIDED;
    }

    public void publishPapers(LocalDateTime at, String by) {
        this.papersPublishedAt = at;
        this.papersPublishedBy = by;
        this.status = PackStatus.PAPERS_PUBLISHED;
    }

    /** A correction stands on the decision Cabinet took on the version it corrects. */
    public void copyDecision(Pack corrected) {
        this.cabinetDecision = corrected.cabinetDecision;
        this.cabinetDate = corrected.cabinetDate;
        this.decisionRecordedBy = corrected.decisionRecordedBy;
        this.status = PackStatus.DECIDED;
    }

    public void publish(LocalDateTime at, String by) {
        this.publishedAt = at;
        this.publishedBy = by;
        this.status = PackStatus.PUBLISHED;
    }

    public PackSummary toSummary() {
        return new PackSummary(getId(), quarterId, title, versionNumber, status, compiledAt, cabinetDecision,
                cabinetDate, publishedAt, sha256, cabinetMeeting, papersPublishedAt, correctionNote);
    }
}
