package uk.co.goldenthread.framework.io;

import org.springframework.modulith.NamedInterface;

/** Told how far a long import or export has got: a fraction from 0 to 1 and the step under way. */
@NamedInterface("io")
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (fraction, step) -> {
    };

    void progress(double fraction, String step);
}
