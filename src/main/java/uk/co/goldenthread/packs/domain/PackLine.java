package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagFlag;

/** One measure of a pack, written once at compilation; the database refuses any update. */
@Entity
@Immutable
public class PackLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private int sortOrder;
    @Column(length = 300)
    private String directorate;
    @Column(length = 300)
    private String commissioningArea;
    @Column(length = 500)
    private @Nullable String objective;
    @Column(length = 40)
    private String measureCode;
    @Column(length = 20)
    private String measureKind;
    @Column(length = 500)
    private String measureTitle;
    @Column(length = 20)
    private String polarity;
    @Column(length = 120)
    private @Nullable String valueText;
    @Column(length = 60)
    private @Nullable String targetText;
    @Column(length = 100)
    private @Nullable String baselineText;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    @Column(columnDefinition = "TEXT")
    private @Nullable String commentary;

    @Column(length = 200)
    private String reportedBy;

    /** Against the previous period. */
    @Enumerated(EnumType.STRING)
    private DirectionOfTravel direction;

    /** Against the same period last year; null on lines compiled before it was kept. */
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private @Nullable DirectionOfTravel directionOnLastYear;

    @Column(length = 500)
    private @Nullable String recentValues;

    @Column(columnDefinition = "TEXT")
    private @Nullable String remedialActions;

    @Column(length = 100)
    private @Nullable String ragLabel;

    @Column(columnDefinition = "TEXT")
    private @Nullable String disagreement;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable RagFlag ragFlag;

    private @Nullable BigDecimal reportedValue;
    private @Nullable Integer decimalPlaces;

    protected PackLine() {
        this.directorate = this.commissioningArea = this.measureCode = this.measureKind = "";
        this.measureTitle = this.polarity = this.reportedBy = "";
        this.rag = Rag.GREY;
        this.direction = DirectionOfTravel.UNKNOWN;
    }

    public PackLine(int sortOrder, PackLineRow view, @Nullable BigDecimal reportedValue, int decimalPlaces) {
        this(sortOrder, view);
        this.reportedValue = reportedValue;
        this.decimalPlaces = decimalPlaces;
    }

    public PackLine(int sortOrder, PackLineRow view) {
        this.sortOrder = sortOrder;
        this.directorate = view.directorate();
        this.commissioningArea = view.commissioningArea();
        this.objective = view.objective();
        this.measureCode = view.code();
        this.measureKind = view.kind();
        this.measureTitle = view.title();
        this.polarity = view.polarity();
        this.valueText = view.value();
        this.targetText = view.target();
        this.baselineText = view.baseline();
        this.rag = view.rag();
        this.commentary = view.commentary();
        this.reportedBy = view.reportedBy();
        this.direction = view.direction();
        this.directionOnLastYear = view.directionOnLastYear();
        this.recentValues = view.recentValues();
        this.remedialActions = view.remedialActions();
        this.ragLabel = view.ragLabel();
        this.disagreement = view.disagreement();
        this.ragFlag = view.ragFlag();
    }

    /** A copy of this line for the next version of its pack, showing the row given (its number kept). */
    public PackLine copyShowing(PackLineRow row) {
        PackLine copy = new PackLine(sortOrder, row);
        copy.reportedValue = reportedValue;
        copy.decimalPlaces = decimalPlaces;
        return copy;
    }

    public PackLineRow toRow() {
        return new PackLineRow(directorate, commissioningArea, objective, measureCode, measureKind, measureTitle,
                polarity, valueText, targetText, baselineText, rag, commentary, reportedBy,
                direction == null ? DirectionOfTravel.UNKNOWN : direction,
                directionOnLastYear == null ? DirectionOfTravel.UNKNOWN : directionOnLastYear, recentValues,
                remedialActions, ragLabel, disagreement, ragFlag);
    }
}
