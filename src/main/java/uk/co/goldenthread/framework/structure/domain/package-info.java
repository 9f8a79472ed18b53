/**
 * Internal to the framework module: the structure feature's entities and repositories. Null-marked: Spring Data then
 * refuses at run time a null argument or result that a repository method does not declare @Nullable.
 */
@NullMarked
package uk.co.goldenthread.framework.structure.domain;

import org.jspecify.annotations.NullMarked;
