package uk.co.goldenthread.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server lives no longer than its JVM, and a server left over from an earlier JVM is found and stopped: both only
 * ever recognise the server by its command line naming this data directory, never by its process name (pids are
 * reused, and other programs may be called mariadbd).
 */
final class ServerLifetime {

    private static final Logger log = LoggerFactory.getLogger(ServerLifetime.class);

    private final DataDirectory folders;

    ServerLifetime(DataDirectory folders) {
        this.folders = folders;
    }

    /**
     * The server dies with this JVM. A small shell process reads a pipe whose other end only this JVM holds; when the
     * JVM ends, however it ends, the kernel closes the pipe, the read returns, and the watchdog stops the server, but
     * only if that pid is still a mariadbd of this data directory.
     */
    Process startWatchdog(Process server) throws IOException {
        String script = """
                read -r _
                if tr '\\000' '\\n' < /proc/$1/cmdline 2>/dev/null | grep -qxF -- "--datadir=$2"; then
                  kill -TERM "$1"
                  i=0
                  while [ -d /proc/$1 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
                  kill -KILL "$1" 2>/dev/null
                fi
                """;
        return new ProcessBuilder("/bin/sh", "-c", script, "golden-thread-db-watchdog",
                String.valueOf(server.pid()), folders.path().toAbsolutePath().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /**
     * A server left running on this data directory (its JVM was killed before the watchdog existed, or the watchdog
     * was killed) holds the data directory's locks: stop it first. It is found by its pid file or, with the pid file
     * gone, among all processes.
     */
    void stopLeftoverServer() throws IOException {
        Optional<ProcessHandle> leftover = fromPidFile().or(() -> ProcessHandle.allProcesses()
                .filter(this::servesThisDataDir).findFirst());
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle handle = leftover.get();
        log.warn("Stopping a MariaDB server (pid {}) left running on {}", handle.pid(), folders.path());
        handle.destroy();
        try {
            handle.onExit().get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the MariaDB server left running on " + folders.path(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the MariaDB server left running", e);
        }
    }

    private Optional<ProcessHandle> fromPidFile() {
        try {
            String pid = Files.readString(folders.pidFile()).trim();
            return ProcessHandle.of(Long.parseLong(pid)).filter(this::servesThisDataDir);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the process's command line has {@code --datadir=} this data directory (never judged by its name). */
    boolean servesThisDataDir(ProcessHandle handle) {
        String wanted = "--datadir=" + folders.path().toAbsolutePath();
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", String.valueOf(handle.pid()), "cmdline"));
            return Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0")).contains(wanted);
        } catch (IOException e) {
            return false;
        }
    }
}
