package uk.co.goldenthread.packs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.co.goldenthread.packs.ReturnsCorrectionStatus;

public interface ReturnsCorrectionRepository extends JpaRepository<ReturnsCorrection, Long> {

    List<ReturnsCorrection> findByQuarterIdAndStatusIn(long quarterId, List<ReturnsCorrectionStatus> statuses);

    Optional<ReturnsCorrection> findByResultPackId(long resultPackId);
}
