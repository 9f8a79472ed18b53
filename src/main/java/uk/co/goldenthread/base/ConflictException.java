package uk.co.goldenthread.base;

/** Someone else changed the thing first; nothing was saved. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
