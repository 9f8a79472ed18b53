/** Golden Thread: each direct sub-package is an application module (README, Architecture). */
@NullMarked
package uk.co.goldenthread;

import org.jspecify.annotations.NullMarked;
