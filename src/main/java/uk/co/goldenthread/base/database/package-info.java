/** Part of the open base module: the embedded MariaDB. */
@NullMarked
package uk.co.goldenthread.base.database;

import org.jspecify.annotations.NullMarked;
