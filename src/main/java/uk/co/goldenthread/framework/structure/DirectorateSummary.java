package uk.co.goldenthread.framework.structure;

import org.jspecify.annotations.Nullable;

/** A Strategy and Commissioning area (directorate) and its Strategic Director, if named. */
public record DirectorateSummary(long id, String name, @Nullable Long strategicDirectorId) {

    public DirectorateForm toForm() {
        return new DirectorateForm(name, strategicDirectorId);
    }
}
