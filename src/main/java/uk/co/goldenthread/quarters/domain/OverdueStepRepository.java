package uk.co.goldenthread.quarters.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OverdueStepRepository extends JpaRepository<OverdueStep, Long> {

    List<OverdueStep> findByEscalatedToIdOrderByDueOnAscReturnIdAsc(long escalatedToId);

    boolean existsByTaskIdAndEscalatedToId(String taskId, long escalatedToId);
}
