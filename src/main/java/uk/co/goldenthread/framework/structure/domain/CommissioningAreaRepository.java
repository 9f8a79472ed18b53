package uk.co.goldenthread.framework.structure.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommissioningAreaRepository extends JpaRepository<CommissioningArea, Long> {

    Optional<CommissioningArea> findByNameAndDirectorateName(String name, String directorateName);

    /** Every area with its directorate and AD Delivery people, in one query (not one more per area). */
    @EntityGraph(attributePaths = {"directorate", "adDeliveryIds"})
    @Query("select a from CommissioningArea a order by a.id")
    List<CommissioningArea> findAllWithDirectorateAndDelivery();
}
