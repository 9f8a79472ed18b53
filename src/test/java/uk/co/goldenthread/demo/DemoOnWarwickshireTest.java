package uk.co.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.base.security.DemoAccounts;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.QuarterService;
import uk.co.goldenthread.quarters.QuarterStatus;
import uk.co.goldenthread.quarters.QuarterSummary;

/**
 * The demo as a new user starts it (profile demo alone), on a fixed day: the shipped Warwickshire framework with its
 * fictional people, eight earlier quarters walked through the real cycle on their own days and published as packs,
 * and today's quarter open with nothing overdue.
 */
@SpringBootTest(properties = {"spring.profiles.active=demo", "goldenthread.demo.today=2 Dec 2026"})
class DemoOnWarwickshireTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FrameworkService framework;
    @Autowired
    QuarterService quarters;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aFreshDemoRunsOnTheShippedFrameworkWithEightPublishedPacksAndTodaysQuarterOpen() throws Exception {
        List<MeasureSummary> measures = framework.activeMeasures();
        assertThat(measures).allSatisfy(m -> assertThat(m.code()).startsWith("WAR-"));
        assertThat(measures).filteredOn(m -> m.kind() == MeasureKind.KBM).hasSize(63);
        assertThat(LocalDate.now(clock)).as("the clock is back on the chosen day").isEqualTo(LocalDate.of(2026, 12, 2));

        SignIn.as(context, "ellen.marchant");
        List<PackSummary> published = packs.published();
        assertThat(published).extracting(PackSummary::title).hasSize(8);
        assertThat(published).allSatisfy(p -> assertThat(p.status()).isEqualTo(PackStatus.PUBLISHED));
        List<QuarterSummary> all = quarters.list();
        assertThat(all).extracting(q -> q.period().label()).containsExactlyInAnyOrder("Q3 2024/25", "Q4 2024/25",
                "Q1 2025/26", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27");
        QuarterSummary open = all.stream().filter(q -> q.period().label().equals("Q3 2026/27")).findFirst().orElseThrow();
        assertThat(open.status()).isEqualTo(QuarterStatus.OPEN);
        assertThat(open.submissionDue()).as("nothing is overdue on a fresh start").isAfter(LocalDate.of(2026, 12, 2));
        assertThat(open.returnCount()).isGreaterThan(10);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quarterly_return r JOIN quarter q ON q.id = r.quarter_id "
                + "WHERE NOT (q.financial_year = 2026 AND q.quarter_number = 3) AND (r.submitted_at IS NULL "
                + "OR DATE(r.submitted_at) > q.submission_due)", Integer.class))
                .as("every earlier return submitted by its deadline").isZero();

        DemoAccounts accounts = context.getBean(DemoAccounts.class);
        assertThat(accounts.accounts()).extracting(DemoAccounts.Account::username).contains("ellen.marchant",
                "owen.pritchard", "harriet.dunmore", "eleanor.whitfield", "tamsin.haldane", "idris.penrose");
        String hash = jdbc.queryForObject("SELECT password_hash FROM person WHERE username = 'owen.pritchard'",
                String.class);
        assertThat(context.getBean(PasswordEncoder.class).matches("demo", hash)).isTrue();

        context.getBean(DemoQuarters.class).run(null);
        assertThat(quarters.list()).as("a second start adds nothing").hasSize(9);
    }
}
