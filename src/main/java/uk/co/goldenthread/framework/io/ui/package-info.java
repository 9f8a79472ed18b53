/** Internal to the framework module: the io feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.io.ui;

import org.jspecify.annotations.NullMarked;
