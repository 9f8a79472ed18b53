package uk.co.goldenthread.base.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import uk.co.goldenthread.base.security.SharedHashKeyRequired.HashKeyMissingException;

/** Reports a missing hash key as Spring Boot's plain "APPLICATION FAILED TO START" with what to set. */
class HashKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<HashKeyMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HashKeyMissingException cause) {
        return new FailureAnalysis(cause.getMessage(), "Give every node the same secret, kept with the database"
                + " credentials, e.g. GOLDENTHREAD_SECURITY_HASH_KEY=$(openssl rand -hex 32).", cause);
    }
}
