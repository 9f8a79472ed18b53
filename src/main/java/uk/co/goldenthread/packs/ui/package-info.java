/** Internal to the packs module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.packs.ui;

import org.jspecify.annotations.NullMarked;
