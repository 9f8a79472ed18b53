package uk.co.goldenthread.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import uk.co.goldenthread.base.database.EmbeddedDbStarter;
import uk.co.goldenthread.base.security.DemoAccounts;
import uk.co.goldenthread.people.Role;

/**
 * The demo's invented people, who sign in with the password {@value #PASSWORD}. They exist only in the demo profile, and
 * only on the embedded database. The demo runs on the shipped Warwickshire framework, whose people (fictional) come
 * with it; {@link #PEOPLE} is Demoshire's, the small council that the test suite runs on (profile demoshire).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoAccountList {

    static final String PASSWORD = "demo";

    record Person(String username, String fullName, String jobTitle, Set<Role> roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("priya.shah", "Priya Shah", "Performance Manager", Set.of(Role.PERFORMANCE_TEAM)),
            new Person("james.lewis", "James Lewis", "Assistant Director, Finance Delivery", Set.of(Role.AD_DELIVERY)),
            new Person("amy.evans", "Amy Evans", "Assistant Director, ICT Delivery", Set.of(Role.AD_DELIVERY)),
            new Person("tom.nguyen", "Tom Nguyen", "Assistant Director, Adult Social Care Delivery",
                    Set.of(Role.AD_DELIVERY)),
            new Person("clare.foster", "Clare Foster", "Assistant Director, Commissioning Finance",
                    Set.of(Role.AD_COMMISSIONING)),
            new Person("daniel.okafor", "Daniel Okafor", "Assistant Director, Commissioning ICT",
                    Set.of(Role.AD_COMMISSIONING)),
            new Person("ruth.khan", "Ruth Khan", "Assistant Director, Commissioning Health and Wellbeing",
                    Set.of(Role.AD_COMMISSIONING)),
            new Person("helen.marsh", "Helen Marsh", "Strategic Director, Finance and IT",
                    Set.of(Role.STRATEGIC_DIRECTOR)),
            new Person("owen.brennan", "Owen Brennan", "Strategic Director, People", Set.of(Role.STRATEGIC_DIRECTOR)),
            new Person("sam.baker", "Cllr Sam Baker", "Cabinet member, Finance and Property", Set.of(Role.CABINET)),
            new Person("grace.idowu", "Cllr Grace Idowu", "Chair, Overview and Scrutiny Committee",
                    Set.of(Role.SCRUTINY)));

    /** Refuses to start the demo (accounts with a known password) on any database but the embedded one. */
    @Bean
    static BeanFactoryPostProcessor demoOnlyOnTheEmbeddedDatabase() {
        return factory -> {
            if (!factory.containsBean(EmbeddedDbStarter.BEAN_NAME)) {
                throw new IllegalStateException("The demo profile creates accounts whose password is 'demo', so it "
                        + "runs only on the embedded database. Remove 'demo' from SPRING_PROFILES_ACTIVE to use "
                        + "this database.");
            }
        };
    }

    /** The two members the Warwickshire framework does not name: it has officers only. */
    static final List<Person> MEMBERS = List.of(
            new Person("tamsin.haldane", "Cllr Tamsin Haldane", "Cabinet member, Finance and Property",
                    Set.of(Role.CABINET)),
            new Person("idris.penrose", "Cllr Idris Penrose", "Chair, Resources and Fire and Rescue Overview and "
                    + "Scrutiny Committee", Set.of(Role.SCRUTINY)));

    /** On the login page: one person for each step of Strategic Finance's return, and the members. */
    static final List<Person> LISTED = List.of(
            new Person("ellen.marchant", "Ellen Marchant", "Performance Officer", Set.of(Role.PERFORMANCE_TEAM)),
            new Person("owen.pritchard", "Owen Pritchard", "Assistant Director Delivery, Strategic Finance",
                    Set.of(Role.AD_DELIVERY)),
            new Person("harriet.dunmore", "Harriet Dunmore", "Assistant Director Commissioning, Strategic Finance",
                    Set.of(Role.AD_COMMISSIONING)),
            new Person("eleanor.whitfield", "Eleanor Whitfield", "Strategic Director, Finance and IT",
                    Set.of(Role.STRATEGIC_DIRECTOR)),
            MEMBERS.get(0), MEMBERS.get(1));

    @Bean
    @Profile("!demoshire")
    DemoAccounts warwickshireAccounts() {
        return accounts(LISTED);
    }

    @Bean
    @Profile("demoshire")
    DemoAccounts demoAccounts() {
        return accounts(PEOPLE);
    }

    private static DemoAccounts accounts(List<Person> people) {
        return new DemoAccounts(PASSWORD, people.stream()
                .map(p -> new DemoAccounts.Account(p.username(), p.fullName(),
                        p.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))))
                .toList());
    }
}
