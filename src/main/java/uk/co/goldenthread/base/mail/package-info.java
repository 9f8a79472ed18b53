/** Part of the open base module: sending e-mail after commit. */
@NullMarked
package uk.co.goldenthread.base.mail;

import org.jspecify.annotations.NullMarked;
