package uk.co.goldenthread;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationContext;

/**
 * A return's workflow timers, fired without waiting: Flowable's clock is moved to a moment, and the timers due by then
 * are executed one by one, each in its own transaction as the async executor would. Reset the clock after the test.
 */
public record Timers(ApplicationContext context) {

    /** Moves Flowable's clock (not the application's) to a moment in the local time zone. */
    public void setClock(LocalDateTime moment) {
        engine().getClock().setCurrentTime(date(moment));
    }

    public void resetClock() {
        engine().getClock().reset();
    }

    /** The return's timers waiting in the database, soonest first. */
    public List<Job> waiting(long returnId) {
        return management().createTimerJobQuery().processInstanceId(processOf(returnId)).orderByJobDuedate().asc()
                .list();
    }

    /** The return's timers due by Flowable's clock, soonest first. */
    public List<Job> due(long returnId) {
        return management().createTimerJobQuery().processInstanceId(processOf(returnId)).executable()
                .orderByJobDuedate().asc().list();
    }

    /** Fires every timer of the return that is due by Flowable's clock, soonest first, and says how many. */
    public int fireDue(long returnId) {
        List<Job> due = due(returnId);
        for (Job timer : due) {
            fire(timer);
        }
        return due.size();
    }

    public void fire(Job timer) {
        Job executable = management().moveTimerToExecutableJob(timer.getId());
        management().executeJob(executable.getId());
    }

    public static Date date(LocalDateTime moment) {
        return Date.from(moment.atZone(ZoneId.systemDefault()).toInstant());
    }

    private String processOf(long returnId) {
        return context.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("quarterlyReturn")
                .variableValueEquals("returnId", returnId).singleResult().getId();
    }

    private ManagementService management() {
        return context.getBean(ManagementService.class);
    }

    private ProcessEngineConfiguration engine() {
        return context.getBean(ProcessEngineConfiguration.class);
    }
}
