/**
 * Internal to the framework module: the intentions feature's entities and repositories. Null-marked: Spring Data
 * then refuses at run time a null argument or result that a repository method does not declare @Nullable.
 */
@NullMarked
package uk.co.goldenthread.framework.intentions.domain;

import org.jspecify.annotations.NullMarked;
