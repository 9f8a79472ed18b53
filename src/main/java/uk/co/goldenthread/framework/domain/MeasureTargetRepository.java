package uk.co.goldenthread.framework.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureTargetRepository extends JpaRepository<MeasureTarget, Long> {

    List<MeasureTarget> findByMeasureIdAndFinancialYear(long measureId, int financialYear);

    List<MeasureTarget> findByFinancialYear(int financialYear);
}
