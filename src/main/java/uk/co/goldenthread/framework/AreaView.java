package uk.co.goldenthread.framework;

/** A commissioning area with the people accountable for it. */
public record AreaView(long id, String name, long directorateId, String directorateName, long adCommissioningId,
        long strategicDirectorId) {
}
