/**
 * Internal to the quarters module: the BPMN glue: routing, deadlines, e-mails, overdue steps, leavers, consistency
 * check, reopening.
 */
@NullMarked
package uk.co.goldenthread.quarters.workflow;

import org.jspecify.annotations.NullMarked;
