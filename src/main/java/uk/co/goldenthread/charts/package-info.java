/**
 * Server-side SVG charts of a measure (sparkline, trend, SPC) and the data table that always goes with each: plain
 * shapes and text, no script, so the same SVG shows on screen and renders in the PDF pack. No Spring, no database.
 */
@NullMarked
package uk.co.goldenthread.charts;

import org.jspecify.annotations.NullMarked;
