package uk.co.goldenthread.framework.measures.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.co.goldenthread.framework.ComparatorKind;

public interface ComparatorRepository extends JpaRepository<Comparator, Long> {

    List<Comparator> findByMeasureIdOrderByPeriodDesc(long measureId);

    List<Comparator> findByMeasureIdInOrderByPeriodDescKindAsc(Collection<Long> measureIds);

    Optional<Comparator> findByMeasureIdAndKindAndPeriod(long measureId, ComparatorKind kind, String period);
}
