package uk.co.goldenthread.base;

/** The current user may not do this; the message says why. */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(message);
    }
}
