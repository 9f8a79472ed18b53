/** The shell every feature builds on: layout, sign-in, the embedded database, errors and shared values. */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = { "charts" })
@NullMarked
package uk.co.goldenthread.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
