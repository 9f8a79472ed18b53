package uk.co.goldenthread.people;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Work the application does by itself (loaders, schedules), signed in as the Performance Team under a name of its own. */
public final class SystemUser {

    private SystemUser() {
    }

    /** Runs the work as the named system user with the Performance Team's role, then restores who was signed in. */
    public static void runAsPerformanceTeam(String name, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(Role.PERFORMANCE_TEAM.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
