package uk.co.goldenthread.framework.structure.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectorateRepository extends JpaRepository<Directorate, Long> {

    Optional<Directorate> findByName(String name);

    List<Directorate> findAllByOrderByName();
}
