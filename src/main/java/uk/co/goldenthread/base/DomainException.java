package uk.co.goldenthread.base;

/** A refusal or failure the user can understand and act on; its message is shown to them as it is. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
