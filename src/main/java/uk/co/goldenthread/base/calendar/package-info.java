/** Part of the open base module: working days and bank holidays. */
@NullMarked
package uk.co.goldenthread.base.calendar;

import org.jspecify.annotations.NullMarked;
