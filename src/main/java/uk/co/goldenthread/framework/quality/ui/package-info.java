/** Internal to the framework module: the quality feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.quality.ui;

import org.jspecify.annotations.NullMarked;
