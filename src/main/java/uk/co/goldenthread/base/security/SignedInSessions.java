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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every signed-in session on this node: it ends twelve hours after sign-in however active it is
 * ({@code goldenthread.session.absolute-timeout}; the idle timeout is Tomcat's, 30 minutes), and at once when its
 * person leaves or their roles change ({@link #endSessionsOf}), so they sign in again with what they now have.
 * <p>
 * Only this node's sessions are known here. With several application nodes behind a load balancer, a change made on
 * one node ends the sessions held on that node; the others end at their next sign-in check (idle 30 minutes, absolute
 * 12 hours). Ending them everywhere needs a shared session store (Spring Session JDBC), not in the build yet.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    static final String SIGNED_IN_AT = SignedInSessions.class.getName() + ".signedInAt";

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final Duration absoluteTimeout;

    SignedInSessions(@Value("${goldenthread.session.absolute-timeout:12h}") Duration absoluteTimeout) {
        this.absoluteTimeout = absoluteTimeout;
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
     * Ends every session of the person with this username, after the current transaction commits (at once without
     * one), so a change that rolls back leaves them signed in.
     */
    public void endSessionsOf(String username, String why) {
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
        sessions.get(sessionId).setAttribute(SIGNED_IN_AT, signedInAt);
    }

    /** The filter in Spring Security's chain (after the security context is loaded) that applies the absolute timeout. */
    OncePerRequestFilter absoluteTimeoutFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (session != null && auth != null && auth.isAuthenticated()
                        && !(auth instanceof AnonymousAuthenticationToken)) {
                    Object signedInAt = session.getAttribute(SIGNED_IN_AT);
                    if (signedInAt == null) {
                        session.setAttribute(SIGNED_IN_AT, Instant.now());
                    } else if (Instant.now().isAfter(((Instant) signedInAt).plus(absoluteTimeout))) {
                        log.info("Ended the session of {}: {} minutes since sign-in", auth.getName(),
                                absoluteTimeout.toMinutes());
                        session.invalidate();
                        SecurityContextHolder.clearContext();
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }
}
