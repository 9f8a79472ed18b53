/** Part of the open base module: the formula-safe CSV and XLSX writer. */
@NullMarked
package uk.co.goldenthread.base.export;

import org.jspecify.annotations.NullMarked;
