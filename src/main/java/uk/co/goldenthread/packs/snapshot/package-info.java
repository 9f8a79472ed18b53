/** Internal to the packs module: the immutable snapshot of a compiled pack. */
@NullMarked
package uk.co.goldenthread.packs.snapshot;

import org.jspecify.annotations.NullMarked;
