package uk.co.goldenthread.base.ui;

import java.util.Optional;

/** How the header names the signed-in person, e.g. "Priya Shah, Performance Team". The people module provides it. */
public interface SignedInPersonLabel {

    /** The person's name and roles, or empty for a username that is no known person. */
    Optional<String> of(String username);
}
