package uk.co.goldenthread.framework;

import java.time.LocalDate;
import java.util.Map;

/**
 * Port owned by the framework, implemented by the quarters module: which measures and intentions no return would
 * hold if a quarter opened now, as the framework stands in the current transaction. The import asks it before and
 * after applying a file, so that an import never silently leaves a measure with no route.
 */
public interface MeasureRouting {

    /**
     * Code to description ("WAR-KBM-01 (no AD Delivery in area)") of every measure in force and every intention that
     * no return of the quarter containing the day would hold.
     */
    Map<String, String> unrouted(LocalDate day);
}
