/** Internal to the framework module: commissioning intentions and milestones. */
@NullMarked
package uk.co.goldenthread.framework.intentions;

import org.jspecify.annotations.NullMarked;
