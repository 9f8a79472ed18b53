package uk.co.goldenthread.base.security;

/**
 * A sign-in attempt, published for the audit trail: the username typed (cleaned of control characters, at most 100
 * characters), what happened, and the words the audit records. Nothing else about the person or their address.
 */
public record SignInAttempt(String username, Outcome outcome, String description) {

    public enum Outcome {
        SIGNED_IN, FAILED, LOCKED, REFUSED_WHILE_LOCKED
    }
}
