/**
 * Internal to the framework module (FrameworkAdminService, MeasureQueryService, MeasureDetails and their
 * records are exposed as framework :: measures): measures, their targets and benchmarks.
 */
@NullMarked
package uk.co.goldenthread.framework.measures;

import org.jspecify.annotations.NullMarked;
