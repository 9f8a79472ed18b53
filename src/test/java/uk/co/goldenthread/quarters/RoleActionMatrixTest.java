package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.DomainException;

/**
 * Every role tries every action on the Strategic Finance return in every status it can be in on its route, and
 * exactly the allowed ones succeed: the step's own person, at the step the return waits at. Each case is rolled back.
 */
@SpringBootTest
@Transactional
class RoleActionMatrixTest {

    /** Who tries, relative to the Strategic Finance return. */
    enum Who {
        ITS_AD_DELIVERY("james.lewis"),
        ANOTHER_AD_DELIVERY("amy.evans"),
        ITS_AD_COMMISSIONING("clare.foster"),
        ANOTHER_AD_COMMISSIONING("daniel.okafor"),
        ITS_STRATEGIC_DIRECTOR("helen.marsh"),
        PERFORMANCE_TEAM("priya.shah"),
        CABINET_MEMBER("sam.baker"),
        SCRUTINY_MEMBER("grace.idowu");

        final String username;

        Who(String username) {
            this.username = username;
        }
    }

    private static final List<ReturnStatus> STATUSES = List.of(ReturnStatus.DRAFT, ReturnStatus.SUBMITTED,
            ReturnStatus.APPROVED, ReturnStatus.SIGNED_OFF, ReturnStatus.RETURNED_TO_DELIVERY,
            ReturnStatus.RETURNED_TO_COMMISSIONING);

    /** The only successes in the whole matrix. */
    private static final Map<ReturnStatus, Map<Who, Set<ReturnAction>>> ALLOWED = Map.of(
            ReturnStatus.DRAFT, Map.of(Who.ITS_AD_DELIVERY, EnumSet.of(ReturnAction.SAVE_DRAFT, ReturnAction.SUBMIT)),
            ReturnStatus.RETURNED_TO_DELIVERY, Map.of(Who.ITS_AD_DELIVERY,
                    EnumSet.of(ReturnAction.SAVE_DRAFT, ReturnAction.SUBMIT)),
            ReturnStatus.SUBMITTED, Map.of(Who.ITS_AD_COMMISSIONING,
                    EnumSet.of(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY)),
            ReturnStatus.RETURNED_TO_COMMISSIONING, Map.of(Who.ITS_AD_COMMISSIONING,
                    EnumSet.of(ReturnAction.APPROVE, ReturnAction.RETURN_TO_DELIVERY)),
            ReturnStatus.APPROVED, Map.of(Who.ITS_STRATEGIC_DIRECTOR,
                    EnumSet.of(ReturnAction.SIGN_OFF, ReturnAction.RETURN_TO_COMMISSIONING)),
            ReturnStatus.SIGNED_OFF, Map.of());

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;
    @Autowired
    ReturnApprovalService approvals;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> everyRoleActionAndStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (ReturnStatus status : STATUSES) {
            for (Who who : Who.values()) {
                for (ReturnAction action : ReturnAction.values()) {
                    boolean allowed = ALLOWED.get(status).getOrDefault(who, Set.of()).contains(action);
                    cases.add(Arguments.of(status, who, action, allowed ? "allowed" : "refused"));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2} is {3}")
    @MethodSource("everyRoleActionAndStatus")
    void exactlyTheAllowedActionsSucceed(ReturnStatus status, Who who, ReturnAction action, String expected) {
        var journeys = new Journeys(context);
        long id = journeys.returnOf(journeys.openQuarter(2020, 1).id(), "Strategic Finance").id();
        bring(journeys, id, status);
        ReturnDetails before = journeys.get(id, "priya.shah");
        assertThat(before.status()).isEqualTo(status);

        SignIn.as(context, who.username);
        Runnable attempt = () -> act(action, before);
        if (expected.equals("allowed")) {
            assertThat(returns.myActions(id)).contains(action);
            attempt.run();
            assertThat(journeys.get(id, "priya.shah").version()).isGreaterThan(before.version());
        } else {
            assertThat(returns.myActions(id)).doesNotContain(action);
            assertThatThrownBy(attempt::run).isInstanceOfAny(AccessDeniedException.class, DomainException.class);
            ReturnDetails after = journeys.get(id, "priya.shah");
            assertThat(after.status()).isEqualTo(status);
            assertThat(after.version()).isEqualTo(before.version());
        }
    }

    private static void bring(Journeys journeys, long id, ReturnStatus status) {
        journeys.fillIn(id, Map.of());
        if (status == ReturnStatus.DRAFT) {
            return;
        }
        journeys.submit(id);
        switch (status) {
            case RETURNED_TO_DELIVERY -> journeys.returnToDelivery(id, "Check FIN02.");
            case APPROVED -> journeys.approve(id);
            case SIGNED_OFF -> {
                journeys.approve(id);
                journeys.signOff(id);
            }
            case RETURNED_TO_COMMISSIONING -> {
                journeys.approve(id);
                journeys.returnToCommissioning(id, "Commentary on FIN04 is thin.");
            }
            default -> { }
        }
    }

    private void act(ReturnAction action, ReturnDetails ret) {
        List<LineEntry> entries = ret.lines().stream().map(l -> new LineEntry(l.lineId(),
                l.value() == null ? "10" : l.value().toPlainString(), "Commentary", null, l.remedialActions())).toList();
        switch (action) {
            case SAVE_DRAFT -> returns.save(ReturnEdit.ofLines(ret.id(), ret.version(), entries));
            case SUBMIT -> returns.submit(ReturnEdit.ofLines(ret.id(), ret.version(), entries));
            case APPROVE -> approvals.approve(ret.id(), ret.version());
            case RETURN_TO_DELIVERY -> approvals.returnToDelivery(ret.id(), ret.version(), "A reason");
            case SIGN_OFF -> approvals.signOff(ret.id(), ret.version());
            case RETURN_TO_COMMISSIONING -> approvals.returnToCommissioning(ret.id(), ret.version(), "A reason");
        }
    }
}
