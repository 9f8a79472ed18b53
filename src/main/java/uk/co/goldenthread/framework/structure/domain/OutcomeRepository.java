package uk.co.goldenthread.framework.structure.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    Optional<Outcome> findByCode(String code);
}
