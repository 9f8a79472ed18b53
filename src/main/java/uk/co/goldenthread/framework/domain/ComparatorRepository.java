package uk.co.goldenthread.framework.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComparatorRepository extends JpaRepository<Comparator, Long> {

    List<Comparator> findByMeasureIdOrderByPeriodDesc(long measureId);
}
