package uk.co.goldenthread.framework.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.AreaView;

/** A commissioning (service) area within a directorate, with its AD Commissioning. */
@Entity
public class CommissioningArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Directorate directorate;

    private long adCommissioningId;

    protected CommissioningArea() {
        this.name = "";
        this.directorate = new Directorate();
    }

    public CommissioningArea(String name, Directorate directorate, long adCommissioningId) {
        this.name = name;
        this.directorate = directorate;
        this.adCommissioningId = adCommissioningId;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getName() {
        return name;
    }

    public Directorate getDirectorate() {
        return directorate;
    }

    public AreaView toView() {
        return new AreaView(getId(), name, directorate.getId(), directorate.getName(), adCommissioningId,
                directorate.getStrategicDirectorId());
    }
}
