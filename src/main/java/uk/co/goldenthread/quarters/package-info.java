/** The quarterly cycle: quarters, returns and their lines, review and sign-off, and the workflow that routes them. */
@ApplicationModule(allowedDependencies = { "audit", "base", "people", "performance", "charts", "framework" })
@NullMarked
package uk.co.goldenthread.quarters;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
