package uk.co.goldenthread.people.domain;

import java.time.LocalDateTime;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    long countByAddressSha256AndRequestedAtAfter(String addressSha256, LocalDateTime after);

    @Modifying
    @Query("delete from PasswordResetRequest r where r.requestedAt <= :before")
    int deleteRequestedUpTo(LocalDateTime before);
}
