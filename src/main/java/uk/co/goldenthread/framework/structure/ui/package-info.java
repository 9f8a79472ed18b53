/** Internal to the framework module: the structure feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.structure.ui;

import org.jspecify.annotations.NullMarked;
