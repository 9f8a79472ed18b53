/** The demo council: fictional people, targets and earlier quarters, loaded in the demo profile only. */
@ApplicationModule(allowedDependencies = { "base", "framework", "people", "performance", "quarters", "packs" })
@NullMarked
package uk.co.goldenthread.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
