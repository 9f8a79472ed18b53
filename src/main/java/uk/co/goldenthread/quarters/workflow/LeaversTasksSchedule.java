package uk.co.goldenthread.quarters.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.co.goldenthread.people.SystemUser;

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
        SystemUser.runAsPerformanceTeam("system", () -> {
            int moved = leaversTasks.reassignLeaversTasks();
            if (moved > 0) {
                log.info("Moved {} tasks of people who have left to their line managers", moved);
            }
        });
    }
}
