package uk.co.goldenthread.packs.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.co.goldenthread.packs.CorrectionStatus;

public interface PackCorrectionRepository extends JpaRepository<PackCorrection, Long> {

    List<PackCorrection> findByPackIdAndStatus(long packId, CorrectionStatus status);
}
