package uk.co.goldenthread.packs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.co.goldenthread.packs.PackStatus;

public interface PackRepository extends JpaRepository<Pack, Long> {

    List<Pack> findAllByOrderByIdDesc();

    List<Pack> findByStatusOrderByIdDesc(PackStatus status);

    Optional<Pack> findByIdAndStatus(long id, PackStatus status);

    Optional<Pack> findFirstByQuarterIdOrderByVersionNumberDesc(long quarterId);
}
