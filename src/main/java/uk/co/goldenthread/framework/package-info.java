/**
 * The performance framework: outcomes, directorates and areas, measures (KBM, KBI) and their targets, intentions,
 * framework versions, and their import and export.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "people", "performance", "charts" })
@NullMarked
package uk.co.goldenthread.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
