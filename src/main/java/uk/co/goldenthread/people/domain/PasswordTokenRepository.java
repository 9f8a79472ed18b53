package uk.co.goldenthread.people.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenSha256(String tokenSha256);

    List<PasswordToken> findByPersonIdAndUsedAtIsNull(long personId);

    long countByPersonIdAndPurposeAndCreatedAtAfter(long personId, String purpose, LocalDateTime after);
}
