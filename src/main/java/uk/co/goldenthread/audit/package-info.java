/** The audit trail: who changed what, when, from which value to which, and why; its view and CSV export. */
@ApplicationModule(allowedDependencies = { "base" })
@NullMarked
package uk.co.goldenthread.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
