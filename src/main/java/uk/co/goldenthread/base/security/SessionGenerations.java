package uk.co.goldenthread.base.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.security.domain.SessionGeneration;
import uk.co.goldenthread.base.security.domain.SessionGenerationRepository;

/**
 * Each person's sign-in generation, in the database so that every application node sees it: a session remembers the
 * generation it signed in under, and ends once the person's generation has moved on.
 */
@Service
@Transactional
class SessionGenerations {

    private final SessionGenerationRepository generations;

    SessionGenerations(SessionGenerationRepository generations) {
        this.generations = generations;
    }

    @Transactional(readOnly = true)
    public long current(String username) {
        return generations.generationOf(username).orElse(0L);
    }

    /** Moves the person on a generation in the caller's transaction: a change that rolls back ends nothing. */
    public void next(String username) {
        generations.lock(username).orElseGet(() -> generations.saveAndFlush(new SessionGeneration(username))).next();
    }
}
