/** Internal to the people module: its screens and their components. */
@NullMarked
package uk.co.goldenthread.people.ui;

import org.jspecify.annotations.NullMarked;
