package uk.co.goldenthread.framework.io;

import org.jspecify.annotations.Nullable;

/** What an applied import did, and the framework version it created or matched (if the file has a Framework sheet). */
public record ImportResult(ImportPreview applied, @Nullable Long frameworkVersionId) {
}
