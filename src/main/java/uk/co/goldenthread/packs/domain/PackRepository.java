package uk.co.goldenthread.packs.domain;

import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import uk.co.goldenthread.packs.PackStatus;

public interface PackRepository extends JpaRepository<Pack, Long> {

    List<Pack> findAllByOrderByIdDesc();

    List<Pack> findByStatusOrderByIdDesc(PackStatus status);

    List<Pack> findByStatusInOrderByIdDesc(java.util.Collection<PackStatus> statuses);

    Optional<Pack> findByIdAndStatus(long id, PackStatus status);

    Optional<Pack> findFirstByQuarterIdOrderByVersionNumberDesc(long quarterId);

    Optional<Pack> findByFinancialYearAndQuarterNumberAndVersionNumber(int financialYear, int quarterNumber,
            int versionNumber);

    @Query("select distinct p from Pack p join p.lines l where p.status in :statuses and l.measureCode = :code")
    List<Pack> findByStatusInAndLineCode(java.util.Collection<PackStatus> statuses, String code);

    /** A page of the pack's measure lines, in the pack's order. */
    @Query("select l from Pack p join p.lines l where p.id = :packId order by l.sortOrder")
    List<PackLine> findLines(long packId, org.springframework.data.domain.Pageable page);

    @Query("select count(l) from Pack p join p.lines l where p.id = :packId")
    long countLines(long packId);

    /** Read for the framework's port as its own SQL was: without flushing the caller's unsaved changes first. */
    @Query("select distinct p from Pack p join p.lines l where l.measureCode = :code order by p.id desc")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Pack> findByLineCode(String code);
}
