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
import uk.co.goldenthread.base.security.DemoAccounts;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.people.PeopleService;

/**
 * Fail closed: a start that chooses no profile (the jar without SPRING_PROFILES_ACTIVE) has no demo data, no demo
 * sign-in and no demo banner; on the first start the shipped Warwickshire
 * framework is loaded, and its (fictional) people have no password, so none of them can sign in; the first
 * Performance Team sign-in comes from the settings.
 */
@SpringBootTest(properties = {"spring.profiles.default=default", "goldenthread.admin.username=performance.admin",
    "goldenthread.admin.password=first-sign-in-Secret"})
class ProductionProfileTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aStartWithoutAProfileHasNoDemoAccounts() {
        assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
        assertThat(context.getBeanProvider(DemoAccounts.class).getIfAvailable()).isNull();
        assertThat(context.containsBean("demoBanner")).isFalse();
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
