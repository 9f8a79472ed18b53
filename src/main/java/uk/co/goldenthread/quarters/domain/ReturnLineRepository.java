package uk.co.goldenthread.quarters.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReturnLineRepository extends JpaRepository<ReturnLine, Long> {

    /** Values reported for a measure by one AD Delivery in one area, in earlier quarters, latest first. */
    @Query("""
            select l from ReturnLine l join l.quarterlyReturn r join r.quarter q
            where l.measureId = :measureId and r.areaId = :areaId and r.adDeliveryId = :adDeliveryId
              and l.value is not null
              and (q.financialYear * 4 + q.quarterNumber) < (:financialYear * 4 + :quarter)
            order by q.financialYear desc, q.quarterNumber desc""")
    List<ReturnLine> findEarlierValues(long measureId, long areaId, long adDeliveryId, int financialYear, int quarter);
}
