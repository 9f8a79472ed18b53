package uk.co.goldenthread.base.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Run in a JVM of its own by {@link TheServerDiesWithItsJvmTest}: starts the embedded MariaDB and waits to be killed. */
public final class EmbeddedDbInAnotherJvm {

    private EmbeddedDbInAnotherJvm() {
    }

    public static void main(String[] args) throws Exception {
        var settings = new EmbeddedDbSettings(Path.of(args[0]), Path.of(args[1]), 0, "lifetime", false,
                Duration.ofMinutes(2), List.of());
        EmbeddedMariaDb db = EmbeddedMariaDb.start(settings);
        System.out.println("READY " + db.serverPid() + " " + db.watchdogPid() + " " + db.port());
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10));
    }
}
