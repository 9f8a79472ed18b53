/** Part of the open base module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.base.ui;

import org.jspecify.annotations.NullMarked;
