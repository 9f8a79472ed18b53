/** The no-login public pages and open data, server-rendered from published packs only. */
@ApplicationModule(allowedDependencies = { "base", "packs" })
@NullMarked
package uk.co.goldenthread.publicsite;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
