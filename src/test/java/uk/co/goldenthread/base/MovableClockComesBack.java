package uk.co.goldenthread.base;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Brings the test context's {@link MovableClock} back to now after every test, whether it passed or not, so a test
 * that travels and then fails cannot leave the next test in another year.
 */
public final class MovableClockComesBack implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext test) {
        if (test.hasApplicationContext()) {
            test.getApplicationContext().getBeanProvider(MovableClock.class).ifAvailable(MovableClock::comeBack);
        }
    }
}
