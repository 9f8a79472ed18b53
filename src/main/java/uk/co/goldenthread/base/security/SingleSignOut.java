package uk.co.goldenthread.base.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After signing out of Golden Thread, someone who signed in with their council account is signed out at the council's
 * identity provider too (OpenID Connect RP-initiated logout), when the provider advertises an
 * {@code end_session_endpoint}, and comes back to the login page; otherwise, as for a local account, to the home page
 * (which asks them to sign in). The endpoint is the registration's discovered metadata ({@code issuer-uri}), or else
 * the provider's discovery document, read once from the ID token's issuer when that is the provider's own address.
 */
final class SingleSignOut extends SimpleUrlLogoutSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOut.class);
    private static final String END_SESSION = "end_session_endpoint";

    private final ClientRegistrationRepository registrations;
    private final Map<String, Optional<URI>> discovered = new ConcurrentHashMap<>();
    private final RestClient http;

    SingleSignOut(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
        var timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(5));
        timeouts.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder().requestFactory(timeouts).build();
        setDefaultTargetUrl("/");
        // a sign-out from a Vaadin screen is a UIDL request: the browser is sent on by Vaadin, not by a 302
        setRedirectStrategy(new UidlRedirectStrategy());
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
            ClientRegistration registration = registrations.findByRegistrationId(
                    token.getAuthorizedClientRegistrationId());
            URI endSession = registration == null ? null : endSessionEndpoint(registration, user);
            if (endSession != null) {
                String back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").toUriString();
                return UriComponentsBuilder.fromUri(endSession)
                        .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                        .queryParam("post_logout_redirect_uri", back).encode().build().toUriString();
            }
        }
        return super.determineTargetUrl(request, response, authentication);
    }

    private @Nullable URI endSessionEndpoint(ClientRegistration registration, OidcUser user) {
        Object advertised = registration.getProviderDetails().getConfigurationMetadata().get(END_SESSION);
        if (advertised != null) {
            return URI.create(advertised.toString());
        }
        URI issuer = user.getIdToken().getIssuer() == null ? null : URI.create(user.getIdToken().getIssuer().toString());
        URI authorization = URI.create(registration.getProviderDetails().getAuthorizationUri());
        if (issuer == null || !sameOrigin(issuer, authorization)) {
            return null;
        }
        Optional<URI> known = discovered.get(issuer.toString());
        if (known == null) {
            known = discover(issuer);
            if (known == null) {
                return null; // not remembered: a later sign-out asks again
            }
            discovered.put(issuer.toString(), known);
        }
        return known.orElse(null);
    }

    /** The advertised endpoint, empty when none is advertised, null when the provider did not answer. */
    private @Nullable Optional<URI> discover(URI issuer) {
        String document = issuer.toString().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        try {
            Map<?, ?> metadata = http.get().uri(document).retrieve().body(Map.class);
            Object endpoint = metadata == null ? null : metadata.get(END_SESSION);
            log.info("Single sign-on provider {} {}", issuer, endpoint == null
                    ? "advertises no end_session_endpoint: signing out ends the Golden Thread session only"
                    : "ends its sessions at " + endpoint);
            return Optional.ofNullable(endpoint).map(Object::toString).map(URI::create);
        } catch (RuntimeException unreachable) {
            log.info("Single sign-on provider {} did not answer for its end_session_endpoint ({}): signing out ends "
                    + "the Golden Thread session only", issuer, unreachable.getMessage());
            return null;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }
}
