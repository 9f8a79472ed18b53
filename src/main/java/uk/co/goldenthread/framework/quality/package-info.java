/** Internal to the framework module: where the framework is incomplete. */
@NullMarked
package uk.co.goldenthread.framework.quality;

import org.jspecify.annotations.NullMarked;
