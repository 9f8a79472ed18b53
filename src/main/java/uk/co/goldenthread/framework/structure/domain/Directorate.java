package uk.co.goldenthread.framework.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A Strategy and Commissioning area, led by a Strategic Director. */
@Entity
public class Directorate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(length = 300, unique = true, nullable = false)
    private String name = "";

    private @Nullable Long strategicDirectorId;

    protected Directorate() {
    }

    public Directorate(String name, @Nullable Long strategicDirectorId) {
        this.name = name;
        this.strategicDirectorId = strategicDirectorId;
    }

    public long getId() {
        return Objects.requireNonNull(id, "not saved");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable Long getStrategicDirectorId() { return strategicDirectorId; }
    public void setStrategicDirectorId(@Nullable Long id) { this.strategicDirectorId = id; }
}
