package uk.co.goldenthread.framework.structure.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.framework.AreaSummary;

/** A commissioning (service) area within a directorate, with its AD Commissioning and its AD Delivery people. */
@Entity
public class CommissioningArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 300)
    private String name = "";

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Directorate directorate;

    private @Nullable Long adCommissioningId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commissioning_area_delivery", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "person_id")
    private Set<Long> adDeliveryIds = new LinkedHashSet<>();

    protected CommissioningArea() {
        this.directorate = new Directorate();
    }

    public CommissioningArea(String name, Directorate directorate, @Nullable Long adCommissioningId) {
        this.name = name;
        this.directorate = directorate;
        this.adCommissioningId = adCommissioningId;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Directorate getDirectorate() { return directorate; }
    public void setDirectorate(Directorate directorate) { this.directorate = directorate; }
    public @Nullable Long getAdCommissioningId() { return adCommissioningId; }
    public void setAdCommissioningId(@Nullable Long id) { this.adCommissioningId = id; }
    public Set<Long> getAdDeliveryIds() { return Set.copyOf(adDeliveryIds); }

    public void setAdDeliveryIds(Set<Long> ids) {
        this.adDeliveryIds = new LinkedHashSet<>(ids);
    }

    public AreaSummary toSummary() {
        return new AreaSummary(getId(), name, directorate.getId(), directorate.getName(), adCommissioningId,
                directorate.getStrategicDirectorId(), List.copyOf(adDeliveryIds));
    }
}
