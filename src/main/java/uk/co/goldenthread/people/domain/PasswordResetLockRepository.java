package uk.co.goldenthread.people.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetLockRepository extends JpaRepository<PasswordResetLock, Short> {

    /** The lock, its row held until the transaction ends: every node's requests from one address, one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from PasswordResetLock l where l.id = :id")
    Optional<PasswordResetLock> lock(short id);
}
