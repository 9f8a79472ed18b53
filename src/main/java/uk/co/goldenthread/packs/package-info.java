/**
 * Performance packs: compiled from signed-off returns, rendered once (HTML, PDF, CSV, XLSX, JSON), versioned,
 * decided by Cabinet and published.
 */
@ApplicationModule(allowedDependencies = { "audit", "base", "people", "performance", "charts", "framework",
        "framework :: measures", "framework :: structure", "quarters" })
@NullMarked
package uk.co.goldenthread.packs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
