package uk.co.goldenthread.base.security.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SignInCounterRepository extends JpaRepository<SignInCounter, Long> {

    Optional<SignInCounter> findByKindAndKeySha256(String kind, String keySha256);

    /** The counter, its row locked until the transaction ends, so two nodes count one failure at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SignInCounter c where c.kind = :kind and c.keySha256 = :keySha256")
    Optional<SignInCounter> lockByKindAndKeySha256(String kind, String keySha256);

    void deleteByKindAndKeySha256(String kind, String keySha256);

    /** Forgets counters whose window and lock are both over (a window never outlasts this cut-off). */
    @Modifying
    @Query("delete from SignInCounter c where (c.lockedUntil is null or c.lockedUntil <= :before) "
            + "and (c.windowStart is null or c.windowStart <= :before)")
    int deleteSpentBefore(LocalDateTime before);
}
