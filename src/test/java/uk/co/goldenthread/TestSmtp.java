package uk.co.goldenthread;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' SMTP server (GreenMail) on the port the build reserved for this test run ({@code test.smtp.port}, the
 * same one the test configuration gives spring.mail.port), so two builds on one machine never take the same port.
 */
public final class TestSmtp {

    /** The reserved port; 3025 when a test is started outside Maven. */
    public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

    private TestSmtp() {
    }

    /** A GreenMail server for a test class, listening where the application sends its e-mails. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));
    }
}
