/** Internal to the framework module: the versions feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.versions.ui;

import org.jspecify.annotations.NullMarked;
