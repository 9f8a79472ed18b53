/**
 * The demo council: fictional people, targets and earlier quarters, loaded in the demo profile only, through the
 * framework's audited admin services (its named interfaces structure, measures and intentions) and its shipped
 * frameworks' loader (io).
 */
@ApplicationModule(allowedDependencies = { "base", "framework", "framework :: structure", "framework :: measures",
        "framework :: intentions", "framework :: io", "people", "performance", "quarters", "packs" })
@NullMarked
package uk.co.goldenthread.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
