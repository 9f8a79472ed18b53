package uk.co.goldenthread.base;

/** The id or code names nothing there is: a screen shows the plain "Page not found" for it. */
public class NoSuchRecordException extends DomainException {

    public NoSuchRecordException(String message) {
        super(message);
    }
}
