package uk.co.goldenthread.quarters.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * Who does each step of a return: called by the BPMN (processes/quarterly-return.bpmn20.xml) when a task is
 * created, so tasks go to the actual people of the return, not to anyone holding a role. A step passes to the next
 * person up (AD Delivery, AD Commissioning, Strategic Director, then the Performance Team) when its usual person
 * submitted the return (nobody approves or signs off their own submission), approved it (nobody signs off their own
 * approval) or has left. A step for the Performance
 * Team has nobody named: an unassigned task is the Performance Team's.
 */
@Component("returnRouting")
@Transactional
public class ReturnRouting {

    /** Where a step goes, and why it is not its usual person (null when it is). */
    public record Route(@Nullable String username, @Nullable String why) {
    }

    private final QuarterlyReturnRepository returns;
    private final FrameworkService framework;
    private final PeopleService people;
    private final Clock clock;

    ReturnRouting(QuarterlyReturnRepository returns, FrameworkService framework, PeopleService people, Clock clock) {
        this.returns = returns;
        this.framework = framework;
        this.people = people;
        this.clock = clock;
    }

    /** Whom a new task of a return's process goes to: the BPMN's assignee expressions (the return from the business key). */
    public @Nullable String assignee(DelegateExecution execution, String taskKey) {
        return route(find(ReturnProcesses.returnIdOf(execution)), ReturnStep.ofTask(taskKey), null).username();
    }

    public @Nullable String adDelivery(Long returnId) {
        return route(find(returnId), ReturnStep.COMPLETE, null).username();
    }

    public @Nullable String adCommissioning(Long returnId) {
        return route(find(returnId), ReturnStep.REVIEW, null).username();
    }

    public @Nullable String strategicDirector(Long returnId) {
        return route(find(returnId), ReturnStep.SIGN_OFF, null).username();
    }

    /** The person for a step of the return, and why it passed up; the viewer is called "you" in the reason. */
    public Route route(QuarterlyReturn ret, ReturnStep step, @Nullable String viewer) {
        AreaSummary area = framework.area(ret.getAreaId());
        List<@Nullable Long> chain = Arrays.asList(ret.getAdDeliveryId(), area.adCommissioningId(),
                area.strategicDirectorId());
        LocalDate today = LocalDate.now(clock);
        List<String> skipped = new ArrayList<>();
        for (int i = step.ordinal(); i < chain.size(); i++) {
            Long id = chain.get(i);
            PersonSummary person = id == null ? null : people.findById(id).orElse(null);
            if (person == null) {
                if (i == step.ordinal()) {
                    skipped.add("nobody is named for this step");
                }
            } else if (step != ReturnStep.COMPLETE && person.username().equals(ret.getSubmittedBy())) {
                skipped.add(who(person, viewer) + " submitted this return");
            } else if (step == ReturnStep.SIGN_OFF && person.username().equals(ret.getApprovedBy())) {
                skipped.add(who(person, viewer) + " approved this return");
            } else if (person.leftOn() != null && person.leftOn().isBefore(today)) {
                skipped.add(person.fullName() + " has left");
            } else {
                return new Route(person.username(), why(skipped, person.fullName(), step));
            }
        }
        return new Route(null, why(skipped, "the Performance Team", step));
    }

    private static String who(PersonSummary person, @Nullable String viewer) {
        return person.username().equals(viewer) ? "you" : person.fullName();
    }

    private static @Nullable String why(List<String> skipped, String to, ReturnStep step) {
        if (skipped.isEmpty()) {
            return null;
        }
        String because = String.join(" and ", skipped);
        return Character.toUpperCase(because.charAt(0)) + because.substring(1) + ", so it goes to " + to + " to "
                + step.verb() + ".";
    }

    private QuarterlyReturn find(Long returnId) {
        return returns.findById(returnId).orElseThrow(() -> new IllegalStateException("No return " + returnId));
    }
}
