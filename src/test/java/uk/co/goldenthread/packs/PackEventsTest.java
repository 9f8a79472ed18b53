package uk.co.goldenthread.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.MovableClock;
import uk.co.goldenthread.quarters.PackCompiled;
import uk.co.goldenthread.quarters.PackPublished;
import uk.co.goldenthread.quarters.PackReturnsReopened;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterSignedOff;
import uk.co.goldenthread.quarters.ReferredReturnsSignedOff;
import uk.co.goldenthread.quarters.ReopenStep;
import uk.co.goldenthread.quarters.ReturnReferral;
import uk.co.goldenthread.quarters.ReturnStatus;

/**
 * The packs module and what it needs (with the demo council's data): it hears the quarters' events after they commit
 * (the Performance Team is told a version can be compiled), and says what its own steps mean in events of its own.
 * E-mails go to a real SMTP server (GreenMail) on a free port. Commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "demo")
class PackEventsTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    PackService packs;
    @Autowired
    QuarterService quarters;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void whenAQuartersReturnsAreSignedOffThePerformanceTeamIsToldItsPackCanBeCompiled(Scenario scenario) throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 2).id();
        journeys.completeAll(quarterId, Map.of());
        smtp.purgeEmailFromAllMailboxes();

        scenario.publish(new QuarterSignedOff(quarterId, false))
                .andWaitForStateChange(() -> readyMails("Q2 2035/36"), mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails).extracting(m -> recipient(m)).contains("priya.shah@demoshire.example");
                    assertThat(GreenMailUtil.getBody(mails.get(0))).contains("Every return of Q2 2035/36 is signed off",
                            "/packs");
                });
    }

    @Test
    void aQuarterClosedEarlyAndReferredReturnsSignedOffAgainAreHeardToo(Scenario scenario) throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 3).id();
        SignIn.as(context, "priya.shah");
        smtp.purgeEmailFromAllMailboxes();
        scenario.stimulate(() -> quarters.closeEarly(quarterId, "Cabinet papers are due"))
                .andWaitForStateChange(() -> readyMails("Q3 2035/36"), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(GreenMailUtil.getBody(mails.get(0)))
                        .contains("was closed early", "will be listed as missing"));

        smtp.purgeEmailFromAllMailboxes();
        scenario.publish(new ReferredReturnsSignedOff(quarterId))
                .andWaitForStateChange(() -> readyMails("Q3 2035/36"), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(GreenMailUtil.getBody(mails.get(0)))
                        .contains("signed off again"));
    }

    @Test
    void thePacksStepsArePublishedAsEventsAndTheReturnsFollowThem(Scenario scenario) throws Exception {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2035, 4).id();
        journeys.completeAll(quarterId, Map.of("FIN01", "88.5"));
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.as(context, "priya.shah");

        scenario.stimulate(() -> packs.compile(quarterId))
                .andWaitForEventOfType(PackCompiled.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArriveAndVerify((event, pack) -> {
                    assertThat(event.packId()).isEqualTo(pack.id());
                    assertThat(event.version()).isEqualTo(1);
                    assertThat(journeys.get(finance, "priya.shah").status()).isEqualTo(ReturnStatus.INCLUDED_IN_PACK);
                });
        SignIn.as(context, "priya.shah");
        packs.publishPapers(firstId(quarterId));
        MovableClock.of(context).travelTo(LocalDate.of(2036, 5, 30)); // the meeting's day
        scenario.stimulate(() -> packs.referBack(firstId(quarterId), LocalDate.of(2036, 5, 30),
                        List.of(new ReturnReferral(finance, ReopenStep.AD_DELIVERY)), "FIN01 needs explaining"))
                .andWaitForEventOfType(PackReturnsReopened.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArriveAndVerify(event -> {
                    assertThat(event.reason()).isEqualTo("Referred back by Cabinet: FIN01 needs explaining");
                    assertThat(journeys.get(finance, "priya.shah").status())
                            .isEqualTo(ReturnStatus.RETURNED_TO_DELIVERY);
                });
        MovableClock.of(context).comeBack();

        journeys.fillIn(finance, Map.of("FIN01", "95"));
        journeys.submit(finance);
        journeys.approve(finance);
        scenario.stimulate(() -> journeys.signOff(finance))
                .andWaitForEventOfType(ReferredReturnsSignedOff.class)
                .matching(e -> e.quarterId() == quarterId)
                .toArrive();
        SignIn.as(context, "priya.shah");
        assertThat(packs.readyToCompile()).extracting(q -> q.id()).contains(quarterId);
        PackSummary second = packs.compile(quarterId);
        packs.publishPapers(second.id());
        MovableClock.of(context).on(LocalDate.of(2036, 6, 26), () -> packs.recordDecision(second.id(),
                CabinetDecision.NOTED, LocalDate.of(2036, 6, 26)));
        SignIn.as(context, "priya.shah");
        scenario.stimulate(() -> packs.publish(second.id()))
                .andWaitForEventOfType(PackPublished.class)
                .matching(e -> e.packId() == second.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.version()).isEqualTo(2);
                    assertThat(journeys.returnsOf(quarterId)).extracting(r -> r.status())
                            .containsOnly(ReturnStatus.PUBLISHED);
                });
    }

    private long firstId(long quarterId) {
        return packs.all().stream().filter(p -> p.quarterId() == quarterId && p.version() == 1).findFirst()
                .orElseThrow().id();
    }

    private static List<MimeMessage> readyMails(String period) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).startsWith("Ready to compile: " + period))
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
