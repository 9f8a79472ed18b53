/** Internal to the quarters module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.quarters.ui;

import org.jspecify.annotations.NullMarked;
