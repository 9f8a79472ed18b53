/** Part of the open base module: sign-in and web security. */
@NullMarked
package uk.co.goldenthread.base.security;

import org.jspecify.annotations.NullMarked;
