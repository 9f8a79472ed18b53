/** Internal to the packs module: rendering a pack snapshot into its files. */
@NullMarked
package uk.co.goldenthread.packs.render;

import org.jspecify.annotations.NullMarked;
