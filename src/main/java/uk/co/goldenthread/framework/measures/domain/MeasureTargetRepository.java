package uk.co.goldenthread.framework.measures.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureTargetRepository extends JpaRepository<MeasureTarget, Long> {

    List<MeasureTarget> findByMeasureIdAndFinancialYear(long measureId, int financialYear);

    List<MeasureTarget> findByFinancialYear(int financialYear);

    List<MeasureTarget> findByMeasureIdOrderByFinancialYearAscQuarterAsc(long measureId);

    Optional<MeasureTarget> findByMeasureIdAndFinancialYearAndQuarter(long measureId, int financialYear,
            @Nullable Integer quarter);

    boolean existsByMeasureId(long measureId);

    @Query("select distinct t.measureId from MeasureTarget t where t.financialYear = :financialYear")
    Set<Long> measureIdsWithTargetIn(int financialYear);
}
