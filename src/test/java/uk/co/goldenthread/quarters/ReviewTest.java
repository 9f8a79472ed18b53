package uk.co.goldenthread.quarters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.Journeys;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditRecord;

/** The AD Commissioning sees the returns of their areas and what changed since they last looked. */
@SpringBootTest
@Transactional
class ReviewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReturnService returns;
    @Autowired
    ReturnApprovalService approvals;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theReviewerSeesWhatChangedSinceTheyLastLooked() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2026, 3).id();
        long finance = journeys.returnOf(quarterId, "Strategic Finance").id();
        journeys.fillIn(finance, Map.of("FIN01", "88.5"));
        journeys.submit(finance);

        SignIn.as(context, "clare.foster");
        ReviewRow row = reviews.myReviews().stream().filter(r -> r.returnId() == finance).findFirst().orElseThrow();
        assertThat(row.areaName()).isEqualTo("Strategic Finance");
        assertThat(row.lastLooked()).isNull();
        assertThat(row.changesSinceLastLook()).isPositive();
        assertThat(reviews.myReviews()).allMatch(r -> r.areaName().equals("Strategic Finance"));

        reviews.markLooked(finance);
        assertThat(reviews.changesSinceLastLook(finance)).isEmpty();
        approvals.returnToDelivery(finance, returns.get(finance).version(), "Check FIN01 against the ledger.");

        journeys.fillIn(finance, Map.of("FIN01", "89.1"));
        journeys.submit(finance);

        SignIn.as(context, "clare.foster");
        assertThat(reviews.changesSinceLastLook(finance)).extracting(AuditRecord::field)
                .contains("FIN01 value", "status").doesNotContain("FIN02 value");
    }
}
