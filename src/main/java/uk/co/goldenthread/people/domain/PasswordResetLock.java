package uk.co.goldenthread.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One of 256 rows locked while a reset request is counted: requests from one address (on any node) wait for each
 * other, so that none of them counts before another has recorded itself.
 */
@Entity
public class PasswordResetLock {

    /** How many there are: the lock of an address is its keyed hash's first byte. */
    public static final int COUNT = 256;

    @Id
    private short id;

    protected PasswordResetLock() {
    }

    /** The lock of the address whose keyed hash (hex) this is. */
    public static int of(String addressHash) {
        return Integer.parseInt(addressHash.substring(0, 2), 16);
    }
}
