package uk.co.goldenthread.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import kotlin.jvm.functions.Function0;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.security.SignInThrottle;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started here on a loopback
 * port): a council account whose e-mail address is a Golden Thread person's signs in as that person with their roles;
 * an account whose address nobody here has, or whose address the provider has not verified, is refused; signing out
 * ends the session at the provider too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class SingleSignOnTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext provider;

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private static int providerPort;

    /**
     * The provider's endpoints, on a port chosen now; the provider itself starts after the application (Vaadin sets
     * the JVM-wide security context strategy when it starts, and the provider must be built with that same one).
     */
    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            providerPort = socket.getLocalPort();
        }
        String provider = "http://127.0.0.1:" + providerPort;
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.council.client-id", () -> "golden-thread");
        registry.add(prefix + "registration.council.client-secret", () -> "test-secret");
        registry.add(prefix + "registration.council.scope", () -> "openid,email");
        registry.add(prefix + "registration.council.authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "registration.council.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(prefix + "provider.council.authorization-uri", () -> provider + "/oauth2/authorize");
        registry.add(prefix + "provider.council.token-uri", () -> provider + "/oauth2/token");
        registry.add(prefix + "provider.council.jwk-set-uri", () -> provider + "/oauth2/jwks");
        registry.add(prefix + "provider.council.user-name-attribute", () -> "sub");
    }

    private static void startProvider() {
        if (provider == null) {
            provider = new SpringApplicationBuilder(CouncilIdentityProvider.class).web(WebApplicationType.SERVLET)
                    .properties("server.port=" + providerPort, "server.address=127.0.0.1",
                            "spring.main.banner-mode=off", "spring.config.location=optional:classpath:/no-such-config/")
                    .run();
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    private void providerKnowsThisApp() {
        startProvider();
        provider.getBean(RegisteredClientRepository.class).save(CouncilIdentityProvider.goldenThread(
                "http://127.0.0.1:" + port + "/login/oauth2/code/council", "http://127.0.0.1:" + port + "/login"));
    }

    @Test
    void aCouncilAccountSignsInAsThePersonWithItsEmailAddressAndAnUnknownOneIsRefused() throws Exception {
        providerKnowsThisApp();
        var app = new Browser();
        String home = app.signInThroughTheProvider(port, "clare", "council password");
        assertThat(home).as("where the app sends Clare after signing in").endsWith(":" + port + "/");
        assertThat(app.get("http://127.0.0.1:" + port + "/").statusCode()).as("the home page, signed in").isEqualTo(200);
        assertThat(app.get("http://127.0.0.1:" + port + "/people").statusCode())
                .as("an AD Commissioning cannot open People").isNotEqualTo(200);

        SignIn.as(context, "priya.shah");
        long clare = context.getBean(PeopleService.class).findByUsername("clare.foster").orElseThrow().id();
        assertThat(context.getBean(uk.co.goldenthread.audit.AuditLog.class).history(
                uk.co.goldenthread.base.security.SignInThrottle.AUDIT_SUBJECT, clare))
                .extracting(uk.co.goldenthread.audit.AuditRecord::newValue).contains("Signed in with single sign-on");
        SignIn.out();

        var stranger = new Browser();
        String refused = stranger.signInThroughTheProvider(port, "stranger", "council password");
        assertThat(refused).as("an account whose e-mail address no one here has").contains("/login?error");
        assertThat(stranger.get("http://127.0.0.1:" + port + "/").statusCode()).isEqualTo(302);
        SignIn.out();
    }

    @Test
    void theLoginPageOffersTheCouncilAccount() {
        SignIn.useStrategyOf(context);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("uk.co.goldenthread"),
                context, uiFactory));
        try {
            UI.getCurrent().navigate("login");
            Anchor council = _get(Anchor.class, spec -> spec.withText("Sign in with your council account"));
            assertThat(council.getHref()).isEqualTo("oauth2/authorization/council");
            assertThat(council.isRouterIgnore()).as("the browser, not Vaadin's router, follows it").isTrue();
        } finally {
            MockVaadin.tearDown();
        }
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsRefusedAuditedAndMappedToNobody() throws Exception {
        providerKnowsThisApp();
        var audit = context.getBean(uk.co.goldenthread.audit.AuditLog.class);
        SignIn.as(context, "priya.shah");
        long clare = context.getBean(PeopleService.class).findByUsername("clare.foster").orElseThrow().id();
        int claresSignInsBefore = audit.history(SignInThrottle.AUDIT_SUBJECT, clare).size();
        SignIn.out();

        var unverified = new Browser();
        assertThat(unverified.signInThroughTheProvider(port, "unverified", "council password"))
                .as("Clare's address, but the provider says it is not verified").contains("/login?error");
        assertThat(unverified.get("http://127.0.0.1:" + port + "/").statusCode()).isEqualTo(302);
        var silent = new Browser();
        assertThat(silent.signInThroughTheProvider(port, "silent", "council password"))
                .as("Clare's address, and the provider does not say whether it verified it").contains("/login?error");

        SignIn.as(context, "priya.shah");
        assertThat(audit.history(SignInThrottle.AUDIT_SUBJECT, clare)).as("Clare's own sign-ins").hasSize(
                claresSignInsBefore);
        assertThat(audit.history(SignInThrottle.AUDIT_SUBJECT, 0L)).extracting(AuditRecord::newValue).contains(
                "Single sign-on refused: the council account's e-mail address is not verified",
                "Single sign-on refused: the council account does not say its e-mail address is verified");
        SignIn.out();

        Object users = AopTestUtils.getTargetObject(context.getBean("singleSignOnUsers"));
        ReflectionTestUtils.setField(users, "acceptUnstatedVerification", true);
        try {
            assertThat(new Browser().signInThroughTheProvider(port, "silent", "council password"))
                    .as("with goldenthread.single-sign-on.accept-unstated-email-verification=true")
                    .endsWith(":" + port + "/");
            assertThat(new Browser().signInThroughTheProvider(port, "unverified", "council password"))
                    .as("a provider that says 'not verified' is refused whatever the setting").contains("/login?error");
        } finally {
            ReflectionTestUtils.setField(users, "acceptUnstatedVerification", false);
        }
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() throws Exception {
        providerKnowsThisApp();
        var app = new Browser();
        assertThat(app.signInThroughTheProvider(port, "clare", "council password")).endsWith(":" + port + "/");
        HttpResponse<String> home = app.get("http://127.0.0.1:" + port + "/");
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(home.body());
        assertThat(csrf.find()).as("the page carries the CSRF token the sign-out posts").isTrue();

        HttpResponse<String> signedOut = app.post("http://127.0.0.1:" + port + "/logout", Map.of("_csrf",
                csrf.group(1)));
        String endSession = signedOut.headers().firstValue("Location").orElse("");
        assertThat(endSession).as("sign-out goes on to the provider's end_session_endpoint")
                .startsWith("http://127.0.0.1:" + providerPort + "/connect/logout?id_token_hint=");
        HttpResponse<String> atProvider = app.get(endSession);
        assertThat(atProvider.headers().firstValue("Location").orElse(""))
                .as("the provider ends its session and sends Clare back to the login page")
                .isEqualTo("http://127.0.0.1:" + port + "/login");
        assertThat(app.get("http://127.0.0.1:" + port + "/").statusCode()).as("signed out of the app").isEqualTo(302);

        assertThat(app.providerAsksForAPassword(port)).as("signing in again needs the council password again")
                .isTrue();
    }

    /** A browser that keeps cookies per host and port, and follows no redirect by itself. */
    static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String url) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), url);
        }

        /** Starts signing in and says whether the provider shows its login form (rather than sending them back). */
        boolean providerAsksForAPassword(int appPort) throws Exception {
            String url = "http://127.0.0.1:" + appPort + "/oauth2/authorization/council";
            for (int hop = 0; hop < 12; hop++) {
                HttpResponse<String> response = get(url);
                boolean atTheApp = URI.create(url).getPort() == appPort;
                if (response.statusCode() == 200) {
                    return !atTheApp && response.body().contains("password");
                }
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null || atTheApp && url.contains("/login/oauth2/")) {
                    return false; // sent back to the app without being asked
                }
                url = URI.create(url).resolve(location).toString();
            }
            throw new AssertionError("too many redirects, at " + url);
        }

        /** Follows redirects until one leaves the provider for the app's callback has been followed; the last. */
        String signInThroughTheProvider(int appPort, String user, String password) throws Exception {
            String url = "http://127.0.0.1:" + appPort + "/oauth2/authorization/council";
            boolean loggedIn = false;
            for (int hop = 0; hop < 12; hop++) {
                HttpResponse<String> response = get(url);
                if (response.statusCode() == 200 && !loggedIn && response.body().contains("password")) {
                    Matcher token = CSRF.matcher(response.body());
                    assertThat(token.find()).as("the provider's login form has a CSRF token").isTrue();
                    String login = URI.create(url).resolve("/login").toString();
                    response = post(login, Map.of("username", user, "password", password, "_csrf", token.group(1)));
                    loggedIn = true;
                }
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return response.statusCode() + " at " + url;
                }
                url = URI.create(url).resolve(location).toString();
                if (url.contains(":" + appPort + "/") && !url.contains("/oauth2/") && !url.contains("/login/oauth2/")) {
                    return url;
                }
            }
            throw new AssertionError("too many redirects, at " + url);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String url) throws Exception {
            request.header("Accept", "text/html,application/xhtml+xml");
            URI uri = URI.create(url);
            String origin = uri.getHost() + ":" + uri.getPort();
            Map<String, String> jar = cookies.computeIfAbsent(origin, o -> new LinkedHashMap<>());
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                jar.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return response;
        }
    }

    /**
     * The council's identity provider: two accounts, Clare (a Golden Thread person) and a stranger. Not a
     * {@code @Configuration}, so neither this test nor the application's component scan takes it for its own.
     */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    @EnableWebSecurity
    static class CouncilIdentityProvider {

        private static final Map<String, String> EMAILS = Map.of("clare", "clare.foster@demoshire.example",
                "stranger", "someone.else@elsewhere.example", "unverified", "clare.foster@demoshire.example",
                "silent", "clare.foster@demoshire.example");
        /** What the provider says of each account's address: verified, not verified, or nothing (silent). */
        private static final Map<String, Boolean> VERIFIED = Map.of("clare", true, "stranger", true,
                "unverified", false);

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService accounts() {
            return new InMemoryUserDetailsManager(EMAILS.keySet().stream().map(name -> User.withUsername(name)
                    .password("{noop}council password").roles("STAFF").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(goldenThread("http://127.0.0.1/login/oauth2/code/council",
                    "http://127.0.0.1/login"));
        }

        /** Golden Thread as this provider knows it, sending people back to this address. */
        static RegisteredClient goldenThread(String redirectUri, String postLogoutRedirectUri) {
            return RegisteredClient.withId("golden-thread-client").clientId("golden-thread")
                    .clientSecret("{noop}test-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(redirectUri)
                    .postLogoutRedirectUri(postLogoutRedirectUri)
                    .scopes(scopes -> scopes.addAll(Set.of(OidcScopes.OPENID, OidcScopes.EMAIL)))
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailInTheIdToken() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    String account = context.getPrincipal().getName();
                    context.getClaims().claim("email", EMAILS.get(account));
                    if (VERIFIED.containsKey(account)) {
                        context.getClaims().claim("email_verified", VERIFIED.get(account));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder idTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
