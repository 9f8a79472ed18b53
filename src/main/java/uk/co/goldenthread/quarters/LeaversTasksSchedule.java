package uk.co.goldenthread.quarters;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.co.goldenthread.people.Role;

/** Every morning, moves leavers' open tasks on; the audit trail records the change as made by "system". */
@Configuration
@EnableScheduling
class LeaversTasksSchedule {

    private static final Logger log = LoggerFactory.getLogger(LeaversTasksSchedule.class);

    private final LeaversTasks leaversTasks;

    LeaversTasksSchedule(LeaversTasks leaversTasks) {
        this.leaversTasks = leaversTasks;
    }

    @Scheduled(cron = "${goldenthread.leavers-tasks.cron:0 30 6 * * *}", zone = "Europe/London")
    void reassignEveryMorning() {
        var previous = SecurityContextHolder.getContext();
        var system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.PERFORMANCE_TEAM.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            int moved = leaversTasks.reassignLeaversTasks();
            if (moved > 0) {
                log.info("Moved {} tasks of people who have left to their line managers", moved);
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
