package uk.co.goldenthread.framework.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** The council this installation serves, and its vision (one row). */
@Entity
public class Council {

    public static final long THE_COUNCIL = 1L;

    @Id
    private Long id = THE_COUNCIL;

    @Column(length = 300)
    private String name = "";

    @Column(columnDefinition = "TEXT")
    private @Nullable String vision;

    protected Council() {
    }

    public Council(String name, @Nullable String vision) {
        this.name = name;
        this.vision = vision;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable String getVision() { return vision; }
    public void setVision(@Nullable String vision) { this.vision = vision; }
}
