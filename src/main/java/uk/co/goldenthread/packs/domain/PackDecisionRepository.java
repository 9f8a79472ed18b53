package uk.co.goldenthread.packs.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PackDecisionRepository extends JpaRepository<PackDecision, Long> {

    Optional<PackDecision> findByPackId(long packId);
}
