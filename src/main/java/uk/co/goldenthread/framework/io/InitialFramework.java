package uk.co.goldenthread.framework.io;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.SystemUser;

/**
 * On the first start (no measures at all), loads the shipped framework named by {@code goldenthread.framework.initial}
 * ({@code none} to skip). It waits until the application is ready, so every start-up runner (such as the demo
 * profile's own council) has run first.
 */
@Component
class InitialFramework {

    private static final Logger log = LoggerFactory.getLogger(InitialFramework.class);

    private final FrameworkService framework;
    private final FrameworkImportService imports;
    private final String initial;

    InitialFramework(FrameworkService framework, FrameworkImportService imports,
            @Value("${goldenthread.framework.initial:warwickshire-2019}") String initial) {
        this.framework = framework;
        this.imports = imports;
        this.initial = initial.strip();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (initial.isEmpty() || initial.equalsIgnoreCase("none") || framework.measureCount() > 0) {
            return;
        }
        SystemUser.runAsPerformanceTeam("framework-loader", () -> {
            ImportResult result = imports.loadShipped(initial, ProgressListener.NONE);
            log.info("Loaded the shipped framework {}: {} changes", initial, result.applied().changes().size());
        });
    }
}
