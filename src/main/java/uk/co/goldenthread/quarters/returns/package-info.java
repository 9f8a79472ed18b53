/** Internal to the quarters module: return internals shared by its services. */
@NullMarked
package uk.co.goldenthread.quarters.returns;

import org.jspecify.annotations.NullMarked;
