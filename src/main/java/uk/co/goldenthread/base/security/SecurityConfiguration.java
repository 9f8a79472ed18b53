package uk.co.goldenthread.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.co.goldenthread.base.ui.LoginView;

/**
 * Sign-in through the Vaadin login view; public pages and the health check are open to all. CSRF: Vaadin's own
 * requests carry Vaadin's token; every other form, the login form included, needs Spring Security's (the login page
 * carries it in meta tags that Vaadin's login form posts, see base/ui/CsrfMetaTags).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No Micrometer observation of each authorization: every call of a service method with {@code @PreAuthorize}
     * (several in one click) started and stopped an observation, with its key values and a timer, which took about a
     * sixth of a return step's CPU (JFR, issue 14) and which nothing reads (only the health endpoint is exposed).
     * Requests and sign-ins are still observed.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignedInSessions sessions,
            ObjectProvider<ClientRegistrationRepository> singleSignOn,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> singleSignOnUsers,
            SecurityContextHolderStrategy security) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/public", "/public/**", "/actuator/health", "/actuator/health/**").permitAll()
                // only the health check is exposed; should another endpoint ever be, it is still refused here
                .requestMatchers("/actuator", "/actuator/**").denyAll()
                // a compiled pack's HTML for staff; packs' CompiledPackPages says which staff
                .requestMatchers("/compiled-packs/**").authenticated());
        // Vaadin's configurer would exempt the whole login page, its POST included, from CSRF: it is configured here
        ClientRegistrationRepository councilAccounts = singleSignOn.getIfAvailable();
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (councilAccounts != null) {
                vaadin.logoutSuccessHandler(new SingleSignOut(councilAccounts));
            }
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // single sign-on only when an identity provider is configured (spring.security.oauth2.client.*)
        if (councilAccounts != null) {
            http.oauth2Login(sso -> sso.loginPage("/login")
                    .userInfoEndpoint(users -> users.oidcUserService(singleSignOnUsers.getObject())));
        }
        // the chain's own holder strategy (Vaadin's), not the JVM-wide one, which another context in the JVM may have set
        http.addFilterBefore(sessions.absoluteTimeoutFilter(security), AnonymousAuthenticationFilter.class);
        var otherEndpoints = new OrRequestMatcher(RequestUtil.antMatchers("/public", "/public/**", "/actuator",
                "/actuator/**", "/error", "/logout", "/oauth2/**", "/login/oauth2/**", "/compiled-packs/**"));
        http.addFilterBefore(new AddressesThatAreNoPage(vaadinRequests, otherEndpoints), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
