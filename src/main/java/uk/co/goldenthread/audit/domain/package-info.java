/**
 * Internal to the audit module: its entities and repositories. Not yet @NullMarked: Spring Data reads that on a
 * repository package and would start refusing null arguments and results at run time, a change to make on its own.
 */
package uk.co.goldenthread.audit.domain;
