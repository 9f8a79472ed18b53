/**
 * Internal to the audit module: its entities and repositories. Null-marked: Spring Data then refuses at run time a
 * null argument or result that a repository method does not declare @Nullable.
 */
@NullMarked
package uk.co.goldenthread.audit.domain;

import org.jspecify.annotations.NullMarked;
