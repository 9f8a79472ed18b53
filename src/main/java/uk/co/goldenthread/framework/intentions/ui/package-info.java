/** Internal to the framework module: the intentions feature's screens and their components. */
@NullMarked
package uk.co.goldenthread.framework.intentions.ui;

import org.jspecify.annotations.NullMarked;
