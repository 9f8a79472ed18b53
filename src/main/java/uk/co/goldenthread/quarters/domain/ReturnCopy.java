package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** What a return held when a pack reopened it, as JSON ({@code ReturnCopies} writes and reads it). */
@Entity
@Table(name = "quarterly_return_copy")
public class ReturnCopy {

    @Id
    private long returnId;
    private long quarterId;
    private LocalDateTime takenAt;
    @Column(columnDefinition = "LONGTEXT")
    private String content;

    protected ReturnCopy() {
        this.takenAt = LocalDateTime.MIN;
        this.content = "";
    }

    public ReturnCopy(long returnId, long quarterId, LocalDateTime takenAt, String content) {
        this.returnId = returnId;
        this.quarterId = quarterId;
        this.takenAt = takenAt;
        this.content = content;
    }

    public long getReturnId() { return returnId; }
    public long getQuarterId() { return quarterId; }
    public LocalDateTime getTakenAt() { return takenAt; }
    public String getContent() { return content; }
}
