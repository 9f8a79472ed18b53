package uk.co.goldenthread.base;

/** A refusal or failure the user can understand and act on; its message is shown to them as it is. */
public class DomainException extends RuntimeException {

    private final String message;

    public DomainException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: a refusal always has words for the user. */
    @Override
    public String getMessage() {
        return message;
    }
}
