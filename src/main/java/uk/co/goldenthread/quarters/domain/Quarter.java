package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.QuarterStatus;

/** A reporting quarter, its timetable and where it is in the cycle. */
@Entity
public class Quarter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int financialYear;

    private int quarterNumber;

    @Enumerated(EnumType.STRING)
    private QuarterStatus status = QuarterStatus.OPEN;

    private LocalDate submissionDue;
    private LocalDate reviewDue;
    private LocalDate signOffDue;
    private LocalDate packCompileDue;
    private LocalDate cabinetDate;
    private LocalDate publicationDate;

    @Column(length = 100)
    private String openedBy;

    private LocalDateTime openedAt;

    @Column(length = 64)
    private @Nullable String processInstanceId;

    private @Nullable LocalDateTime closedEarlyAt;

    @jakarta.persistence.Column(columnDefinition = "TEXT")
    private @Nullable String closedEarlyReason;

    @Version
    private long version;

    protected Quarter() {
        this.submissionDue = this.reviewDue = this.signOffDue = this.packCompileDue = this.cabinetDate = this.publicationDate
                = LocalDate.MIN;
        this.openedBy = "";
        this.openedAt = LocalDateTime.MIN;
    }

    public Quarter(OpenQuarterRequest request, String openedBy, LocalDateTime openedAt) {
        this.financialYear = request.period().financialYear();
        this.quarterNumber = request.period().quarter();
        this.submissionDue = request.submissionDue();
        this.reviewDue = request.reviewDue();
        this.signOffDue = request.signOffDue();
        this.packCompileDue = request.packCompileDue();
        this.cabinetDate = request.cabinetDate();
        this.publicationDate = request.publicationDate();
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public FinancialQuarter getPeriod() {
        return new FinancialQuarter(financialYear, quarterNumber);
    }

    public QuarterStatus getStatus() {
        return status;
    }

    public void setStatus(QuarterStatus status) {
        this.status = status;
    }

    public LocalDate getSubmissionDue() {
        return submissionDue;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public LocalDate getSignOffDue() {
        return signOffDue;
    }

    public LocalDate getPackCompileDue() {
        return packCompileDue;
    }

    public LocalDate getCabinetDate() {
        return cabinetDate;
    }

    public LocalDate getPublicationDate() {
        return publicationDate;
    }

    public @Nullable String getProcessInstanceId() {
        return processInstanceId;
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The Performance Team closed the quarter before every return was signed off. */
    public void closeEarly(String reason, LocalDateTime at) {
        this.status = QuarterStatus.CLOSED_EARLY;
        this.closedEarlyReason = reason;
        this.closedEarlyAt = at;
    }

    public boolean isClosedEarly() {
        return closedEarlyAt != null;
    }

    public @Nullable String getClosedEarlyReason() {
        return closedEarlyReason;
    }
}
