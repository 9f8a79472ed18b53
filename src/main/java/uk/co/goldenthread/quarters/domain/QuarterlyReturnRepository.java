package uk.co.goldenthread.quarters.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterlyReturnRepository extends JpaRepository<QuarterlyReturn, Long> {

    List<QuarterlyReturn> findByQuarterIdOrderById(long quarterId);

    List<QuarterlyReturn> findByAreaIdIn(java.util.Collection<Long> areaIds);
}
