package uk.co.goldenthread.framework;

import java.util.List;

/**
 * Port owned by the framework, implemented by the packs module: the packs a measure appears in. Packs name measures
 * by code, and the packs module depends on the framework, so the framework asks through this interface.
 */
public interface MeasurePacks {

    /** The packs holding a line for the measure, newest first. */
    List<PackUse> packsUsing(String measureCode);
}
