package uk.co.goldenthread.framework.intentions.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntentionRepository extends JpaRepository<Intention, Long> {

    Optional<Intention> findByCode(String code);

    List<Intention> findAllByOrderByCode();
}
