package uk.co.goldenthread;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;

/** A service test on the shared context, signed in as the Performance Team (priya.shah); each test rolls back. */
@SpringBootTest
@Transactional
public abstract class PerformanceTeamTest {

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void signInAsPerformanceTeam() {
        SignIn.as(context, "priya.shah");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    protected long personId(String username) {
        return context.getBean(PeopleService.class).findByUsername(username).orElseThrow().id();
    }

    protected long areaId(String name) {
        return context.getBean(FrameworkService.class).areas().stream().filter(a -> a.name().equals(name))
                .findFirst().map(AreaSummary::id).orElseThrow();
    }
}
