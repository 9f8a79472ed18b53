/** Internal to the framework module: import and export of the framework (XLSX, CSV, ZIP). */
@NullMarked
package uk.co.goldenthread.framework.io;

import org.jspecify.annotations.NullMarked;
