package uk.co.goldenthread.framework.io.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives an upload into a temporary file, never into memory, and refuses one over the limit on the server: by its
 * declared size before a byte is read, and while it streams in case the size was not declared or was false (the
 * browser's own limit is only a courtesy). The receiver reads the temporary file before it returns; the file is
 * deleted then, and a refused upload's partial file at once. The refusal is shown on the page (through UI.access).
 */
final class BoundedUploadHandler implements UploadHandler {

    /** This server's own folder of uploads in progress, under the system's temporary folder. */
    static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"),
            "golden-thread-uploads-" + ProcessHandle.current().pid());

    private final long maxBytes;
    private final BiConsumer<String, Path> receiver;
    private final Consumer<String> refused;

    BoundedUploadHandler(long maxBytes, BiConsumer<String, Path> receiver, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.refused = refused;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024; // a multipart request's headers around the file
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            refuse(event, name);
            return;
        }
        Files.createDirectories(FOLDER);
        Path temp = Files.createTempFile(FOLDER, "upload-", ".part");
        try {
            long total = 0;
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        refuse(event, name);
                        return;
                    }
                    out.write(buffer, 0, n);
                }
            }
            receiver.accept(name, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void refuse(UploadEvent event, String name) {
        String message = String.format(Locale.UK, "%s is larger than the limit of %,d MB, so it was not accepted. "
                + "Split it, or remove what does not belong to the framework.", name, maxBytes / (1024 * 1024));
        event.reject(message);
        event.getUI().access(() -> refused.accept(message));
    }
}
