/**
 * Internal to the framework module: the versions feature's entities and repositories. Not yet @NullMarked: Spring
 * Data reads that on a repository package and would start refusing null arguments and results at run time, a change
 * to make on its own.
 */
package uk.co.goldenthread.framework.versions.domain;
