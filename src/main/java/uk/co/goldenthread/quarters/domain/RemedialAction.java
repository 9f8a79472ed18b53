package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What will be done about an amber or red measure: the action, who owns it and by when. */
@Entity
public class RemedialAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    private ReturnLine line;

    @Column(columnDefinition = "TEXT")
    private String action = "";

    @Column(length = 200)
    private String owner = "";

    private LocalDate due = LocalDate.MIN;

    private int sortOrder;

    protected RemedialAction() {
        this.line = new ReturnLine();
    }

    RemedialAction(ReturnLine line, String action, String owner, LocalDate due, int sortOrder) {
        this.line = line;
        this.action = action;
        this.owner = owner;
        this.due = due;
        this.sortOrder = sortOrder;
    }

    public String getAction() { return action; }
    public String getOwner() { return owner; }
    public LocalDate getDue() { return due; }
}
