package uk.co.goldenthread.people;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work the application does by itself (loaders, schedules), signed in as the Performance Team under a name of its own. */
public final class SystemUser {

    private SystemUser() {
    }

    /** Runs the work as the named system user with the Performance Team's role, then restores who was signed in. */
    public static void runAsPerformanceTeam(String name, Runnable work) {
        runAs(name, List.of(new SimpleGrantedAuthority(Role.PERFORMANCE_TEAM.authority())), () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work signed in under the name with the authorities given (e.g. a demo person's), then restores who was. */
    public static <T> T runAs(String name, Collection<? extends GrantedAuthority> authorities, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, authorities));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
