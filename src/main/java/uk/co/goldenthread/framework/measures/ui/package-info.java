/** Internal to the framework module: the measures feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.measures.ui;

import org.jspecify.annotations.NullMarked;
