/** What sign-in throttling keeps in the database. */
@NullMarked
package uk.co.goldenthread.base.security.domain;

import org.jspecify.annotations.NullMarked;
