/** Internal to the framework module: framework versions and their cut-over dates. */
@NullMarked
package uk.co.goldenthread.framework.versions;

import org.jspecify.annotations.NullMarked;
