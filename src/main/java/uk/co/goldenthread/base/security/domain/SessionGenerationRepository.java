package uk.co.goldenthread.base.security.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionGenerationRepository extends JpaRepository<SessionGeneration, String> {

    /** The generation alone, by primary key: read on every signed-in request. */
    @Query("select g.generation from SessionGeneration g where g.username = :username")
    Optional<Long> generationOf(String username);

    /** The row, locked until the transaction ends, so two nodes ending sessions at once each count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from SessionGeneration g where g.username = :username")
    Optional<SessionGeneration> lock(String username);
}
