/**
 * Internal to the framework module (FrameworkStructureService and OutcomeNode are exposed as framework ::
 * structure): the outcome tree, directorates and commissioning areas.
 */
@NullMarked
package uk.co.goldenthread.framework.structure;

import org.jspecify.annotations.NullMarked;
