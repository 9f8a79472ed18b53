package uk.co.goldenthread;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo person in for the current thread, with the roles the database gives them. */
public final class SignIn {

    private SignIn() {
    }

    public static void as(ApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities())));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
