package uk.co.goldenthread.packs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.co.goldenthread.packs.PackStatus;

public interface PackRepository extends JpaRepository<Pack, Long> {

    List<Pack> findAllByOrderByIdDesc();

    List<Pack> findByStatusOrderByIdDesc(PackStatus status);

    Optional<Pack> findByIdAndStatus(long id, PackStatus status);

    Optional<Pack> findFirstByQuarterIdOrderByVersionNumberDesc(long quarterId);

    @Query("select distinct p from Pack p join p.lines l where p.status = :status and l.measureCode = :code")
    List<Pack> findByStatusAndLineCode(PackStatus status, String code);
}
