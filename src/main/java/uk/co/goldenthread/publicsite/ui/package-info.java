/** Internal to the publicsite module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.publicsite.ui;

import org.jspecify.annotations.NullMarked;
