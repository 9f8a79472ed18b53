package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import uk.co.goldenthread.base.security.DemoAccounts;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;

/**
 * With the prod profile there is no demo data and no demo sign-in; on the first start the shipped Warwickshire
 * framework is loaded, and its (fictional) people have no password, so none of them can sign in; the first
 * Performance Team sign-in comes from the settings.
 */
@SpringBootTest(properties = {"goldenthread.admin.username=performance.admin",
    "goldenthread.admin.password=first-sign-in-Secret"})
@ActiveProfiles("prod")
class ProductionProfileTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theProductionProfileHasNoDemoAccounts() {
        assertThat(context.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
        assertThat(context.getBean(PeopleService.class).findByUsername("priya.shah")).isEmpty();
        assertThatThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("priya.shah"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theFirstPerformanceTeamSignInComesFromTheSettings() {
        var admin = context.getBean(UserDetailsService.class).loadUserByUsername("performance.admin");
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PERFORMANCE_TEAM");
        assertThat(context.getBean(PasswordEncoder.class).matches("first-sign-in-Secret", admin.getPassword())).isTrue();
    }

    @Test
    void theFirstStartLoadsTheShippedFrameworkWhosePeopleCannotSignInYet() {
        assertThat(context.getBean(FrameworkService.class).measureCount()).isEqualTo(67);
        assertThat(context.getBean(PeopleService.class).count()).isEqualTo(36 + 1);
        assertThatThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("harriet.dunmore"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
