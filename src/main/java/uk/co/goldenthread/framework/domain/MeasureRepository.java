package uk.co.goldenthread.framework.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.co.goldenthread.framework.MeasureStatus;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByStatusOrderByCode(MeasureStatus status);

    Optional<Measure> findByCode(String code);
}
