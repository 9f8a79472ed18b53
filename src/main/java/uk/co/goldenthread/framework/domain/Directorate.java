package uk.co.goldenthread.framework.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A Strategy and Commissioning area, led by a Strategic Director. */
@Entity
public class Directorate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    private long strategicDirectorId;

    protected Directorate() {
        this.name = "";
    }

    public Directorate(String name, long strategicDirectorId) {
        this.name = name;
        this.strategicDirectorId = strategicDirectorId;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id, "not saved");
    }

    public String getName() {
        return name;
    }

    public long getStrategicDirectorId() {
        return strategicDirectorId;
    }
}
