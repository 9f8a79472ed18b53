package uk.co.goldenthread.framework.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByActiveTrueOrderByCode();
}
