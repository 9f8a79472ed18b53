package uk.co.goldenthread.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in session: it ends twelve hours after sign-in however active it is
 * ({@code goldenthread.session.absolute-timeout}; the idle timeout is Tomcat's, 30 minutes), and when its person
 * leaves or their roles change ({@link #endSessionsOf}), so they sign in again with what they now have.
 * <p>
 * With several application nodes, the person's sign-in generation in the database ({@link SessionGenerations}) ends
 * them everywhere: a session remembers the generation it signed in under, every signed-in request compares it with
 * the database's (one primary-key read), and a session from an older generation is ended on whichever node holds it.
 * The node where the change is made also ends its own sessions at once, after the change commits.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";
    static final String GENERATION = SignedInSessions.class.getName() + ".generation";

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final Duration absoluteTimeout;
    private final SessionGenerations generations;

    SignedInSessions(@Value("${goldenthread.session.absolute-timeout:12h}") Duration absoluteTimeout,
            SessionGenerations generations) {
        this.absoluteTimeout = absoluteTimeout;
        this.generations = generations;
    }

    /**
     * A sign-in (password or council account) notes when, and under which generation, in its session (the session
     * keeps its attributes when sign-in changes its id).
     */
    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            HttpSession session = current.getRequest().getSession();
            session.setAttribute(SIGNED_IN_AT, Instant.now());
            session.setAttribute(GENERATION, generations.current(signedIn.getAuthentication().getName()));
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /**
     * Ends every session of the person with this username, on every node: their generation moves on in the current
     * transaction, and this node's sessions end after it commits (at once without one), so a change that rolls back
     * leaves them signed in.
     */
    public void endSessionsOf(String username, String why) {
        generations.next(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username, why);
                }
            });
        } else {
            end(username, why);
        }
    }

    private void end(String username, String why) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            try {
                if (username.equals(signedInAs(session))) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalidated) {
                sessions.remove(session.getId());
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {}: {}", ended, username, why);
        }
    }

    private static @Nullable String signedInAs(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && !(security.getAuthentication() instanceof AnonymousAuthenticationToken)) {
            return security.getAuthentication().getName();
        }
        return null;
    }

    /** For tests only: pretends the session signed in at another time. */
    void signedInAtForTest(String sessionId, Instant signedInAt) {
        HttpSession session = sessions.get(sessionId);
        if (session == null) {
            throw new IllegalArgumentException("No session " + sessionId + " is signed in on this node");
        }
        session.setAttribute(SIGNED_IN_AT, signedInAt);
    }

    private static void endHere(HttpSession session, SecurityContextHolderStrategy security) {
        session.invalidate();
        security.clearContext();
    }

    /**
     * The filter in Spring Security's chain (after the security context is loaded) that applies the absolute timeout
     * and the person's generation.
     */
    OncePerRequestFilter absoluteTimeoutFilter(SecurityContextHolderStrategy security) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentication auth = security.getContext().getAuthentication();
                if (session != null && auth != null && auth.isAuthenticated()
                        && !(auth instanceof AnonymousAuthenticationToken)) {
                    Object signedInAt = session.getAttribute(SIGNED_IN_AT);
                    Object generation = session.getAttribute(GENERATION);
                    long current = generations.current(auth.getName());
                    if (signedInAt == null || generation == null) {
                        session.setAttribute(SIGNED_IN_AT, signedInAt == null ? Instant.now() : signedInAt);
                        session.setAttribute(GENERATION, current);
                    } else if (Instant.now().isAfter(((Instant) signedInAt).plus(absoluteTimeout))) {
                        log.info("Ended the session of {}: {} minutes since sign-in", auth.getName(),
                                absoluteTimeout.toMinutes());
                        endHere(session, security);
                    } else if ((Long) generation != current) {
                        log.info("Ended the session of {}: their sign-ins were ended (left, roles or password changed)",
                                auth.getName());
                        endHere(session, security);
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
