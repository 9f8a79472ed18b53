package uk.co.goldenthread;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo person in for the current thread, with the roles the database gives them. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(ApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        useStrategyOf(context).setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities())));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Vaadin installs its own holder strategy globally, once per application context. When a test run starts a
     * second context (another profile, a real server), the global one no longer matches this context's method
     * security: put this context's strategy back before signing in.
     */
    public static SecurityContextHolderStrategy useStrategyOf(ApplicationContext context) {
        SecurityContextHolderStrategy strategy = context.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }
}
