/** People, their roles, and the deputies they delegate to while away or after they leave. */
@ApplicationModule(allowedDependencies = { "audit", "base" })
@NullMarked
package uk.co.goldenthread.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
