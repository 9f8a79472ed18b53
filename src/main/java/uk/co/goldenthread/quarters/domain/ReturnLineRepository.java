package uk.co.goldenthread.quarters.domain;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ReturnLineRepository extends JpaRepository<ReturnLine, Long> {

    /**
     * The history queries read a few measures' lines across quarters: MariaDB is told to find them by measure
     * ({@code use index (fk_line_measure)}), as it does only with fresh statistics. Without, after a quarter opens it
     * may start from the quarters and read every line of every return in them (2,630 lines for the benchmark
     * council's one quarter where 18 are needed: 3.4 ms against 0.4 ms on the server, a third of a step's wait).
     */
    String BY_MEASURE = "fk_line_measure";

    /**
     * Values reported for these measures in the seven quarters before this one (with this one, the line card's eight
     * periods), whoever reported them, latest first.
     */
    @Query("""
            select l from ReturnLine l join fetch l.quarterlyReturn r join fetch r.quarter q
            where l.measureId in :measureIds and l.value is not null and l.due = true
              and (q.financialYear * 4 + q.quarterNumber) < (:financialYear * 4 + :quarter)
              and (q.financialYear * 4 + q.quarterNumber) >= (:financialYear * 4 + :quarter - 7)
            order by q.financialYear desc, q.quarterNumber desc, r.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_QUERY_DATABASE, value = BY_MEASURE))
    List<ReturnLine> findRecentValues(Collection<Long> measureIds, int financialYear, int quarter);

    /** Every value reported for these measures before this quarter (not the ones carried forward), latest first. */
    @Query("""
            select l from ReturnLine l join fetch l.quarterlyReturn r join fetch r.quarter q
            where l.measureId in :measureIds and l.value is not null and l.due = true
              and (q.financialYear * 4 + q.quarterNumber) < (:financialYear * 4 + :quarter)
            order by q.financialYear desc, q.quarterNumber desc, r.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_QUERY_DATABASE, value = BY_MEASURE))
    List<ReturnLine> findValuesBefore(Collection<Long> measureIds, int financialYear, int quarter);

    /** The lines of these returns, with their return and quarter, each return's in the order it shows them. */
    @Query("""
            select l from ReturnLine l join fetch l.quarterlyReturn r join fetch r.quarter q
            where r.id in :returnIds order by r.id, l.sortOrder""")
    List<ReturnLine> findWithReturnByReturnIdIn(Collection<Long> returnIds);

    /**
     * Values reported for these measures in the quarters from {@code fromIndex} up to but not including
     * {@code toIndex} (a quarter's index is its financial year × 4 + its number), latest first: the history of
     * several returns' line cards read at once.
     */
    @Query("""
            select l from ReturnLine l join fetch l.quarterlyReturn r join fetch r.quarter q
            where l.measureId in :measureIds and l.value is not null and l.due = true
              and (q.financialYear * 4 + q.quarterNumber) >= :fromIndex
              and (q.financialYear * 4 + q.quarterNumber) < :toIndex
            order by q.financialYear desc, q.quarterNumber desc, r.id""")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_QUERY_DATABASE, value = BY_MEASURE))
    List<ReturnLine> findValuesBetween(Collection<Long> measureIds, int fromIndex, int toIndex);

    /** Every line holding one of these measures, with its return and quarter, read without flushing unsaved changes. */
    @Query("select l from ReturnLine l join fetch l.quarterlyReturn r join fetch r.quarter where l.measureId in :measureIds")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<ReturnLine> findWithReturnByMeasureIdIn(Collection<Long> measureIds);
}
