/** Internal to the framework module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.ui;

import org.jspecify.annotations.NullMarked;
