package uk.co.goldenthread.framework.measures.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureValueRepository extends JpaRepository<MeasureValue, Long> {

    List<MeasureValue> findByMeasureIdOrderByFinancialYearAscQuarterAsc(long measureId);
}
