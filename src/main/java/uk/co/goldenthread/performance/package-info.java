/** Pure performance calculations (RAG, polarity): no Spring, no database. */
@NullMarked
package uk.co.goldenthread.performance;

import org.jspecify.annotations.NullMarked;
