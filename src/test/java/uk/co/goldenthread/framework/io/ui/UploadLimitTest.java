package uk.co.goldenthread.framework.io.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.UiTest;

/**
 * An upload over the limit (50 MB) is refused by the server, whatever the browser allowed, with the limit named;
 * it goes to a temporary file, never to memory, and nothing is left behind.
 */
class UploadLimitTest extends UiTest {

    private static long leftovers() throws IOException {
        if (!Files.isDirectory(BoundedUploadHandler.FOLDER)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(BoundedUploadHandler.FOLDER)) {
            return files.count();
        }
    }

    @Test
    void aFileOfTheWrongTypeIsNamedUnderThereIsAProblem() {
        signInAndOpen("priya.shah", "framework/import");
        Upload upload = _get(Upload.class);
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "Incorrect File Type.", "notes.docx"));

        assertThat(errorSummary()).containsExactly("notes.docx was not accepted: Incorrect File Type. Upload an Excel "
                + "workbook (.xlsx), CSV files or a ZIP of CSV files.");
        assertThat(errorToasts()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedOnTheServerWithTheLimitNamed() throws Exception {
        signInAndOpen("priya.shah", "framework/import");
        long before = leftovers();
        UploadKt._upload(_get(Upload.class), "huge.xlsx", "application/octet-stream", new byte[50 * 1024 * 1024 + 1]);

        assertThat(errorSummary()).as("under There is a problem, linked to the upload").anySatisfy(text -> assertThat(text)
                .contains("huge.xlsx is larger than the limit of 50 MB"));
        assertThat(errorToasts()).isEmpty();
        assertThat(_get(Button.class, s -> s.withText("Apply import")).isEnabled()).isFalse();
        assertThat(leftovers()).as("temporary files left behind").isEqualTo(before);
    }
}
