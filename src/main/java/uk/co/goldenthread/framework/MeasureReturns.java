package uk.co.goldenthread.framework;

import java.util.Collection;
import java.util.List;

/**
 * Port owned by the framework, implemented by the quarters module: where measures have been reported. The quarters
 * module depends on the framework, so the framework asks through this interface instead of reading its tables.
 */
public interface MeasureReturns {

    /** Every value reported for the measure, latest quarter first, then by area and AD Delivery. */
    List<ReportedValue> reportedValues(long measureId);

    /** As {@link #reportedValues(long)} for many measures at once, read together: a pack asks for all its measures. */
    List<ReportedValue> reportedValues(Collection<Long> measureIds);

    /** The values of these measures in returns that are not yet signed off, in the same order. */
    List<ReportedValue> inOpenReturns(Collection<Long> measureIds);
}
