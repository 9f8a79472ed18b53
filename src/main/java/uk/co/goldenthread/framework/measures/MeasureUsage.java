package uk.co.goldenthread.framework.measures;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * Where a measure has been reported: its lines in quarterly returns and in packs. Read with SQL on the quarters' and
 * packs' tables because those modules depend on the framework, so the framework must not depend on them (Spring
 * Modulith verifies that there is no cycle).
 */
@Component
@Transactional(readOnly = true)
class MeasureUsage {

    private static final String VALUES = """
            SELECT q.financial_year, q.quarter_number, a.name, p.full_name, r.status, l.reported_value,
                   r.status NOT IN ('SIGNED_OFF', 'INCLUDED_IN_PACK', 'PUBLISHED')
            FROM return_line l
            JOIN quarterly_return r ON r.id = l.return_id
            JOIN quarter q ON q.id = r.quarter_id
            JOIN commissioning_area a ON a.id = r.area_id
            JOIN person p ON p.id = r.ad_delivery_id
            WHERE l.measure_id = :measureId
            ORDER BY q.financial_year DESC, q.quarter_number DESC, a.name, p.full_name
            """;

    private static final String PACKS = """
            SELECT DISTINCT pk.id, pk.title, pk.version_number, pk.status, q.financial_year, q.quarter_number
            FROM pack_line pl
            JOIN pack pk ON pk.id = pl.pack_id
            JOIN quarter q ON q.id = pk.quarter_id
            WHERE pl.measure_code = :code
            ORDER BY pk.id DESC
            """;

    private final EntityManager entityManager;

    MeasureUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every value reported for the measure, latest quarter first. */
    List<MeasureDetails.ReportedValue> values(long measureId) {
        return rows(VALUES, "measureId", measureId).stream().map(r -> new MeasureDetails.ReportedValue(
                quarter(r[0], r[1]), (String) r[2], (String) r[3], (BigDecimal) r[5], label((String) r[4]),
                ((Number) r[6]).intValue() != 0)).toList();
    }

    /** The returns not yet signed off that hold the measure. */
    List<MeasureDetails.ReportedValue> openReturns(long measureId) {
        return values(measureId).stream().filter(MeasureDetails.ReportedValue::open).toList();
    }

    /** The packs the measure appears in, newest first; packs name measures by code. */
    List<MeasureDetails.PackUse> packs(String code) {
        return rows(PACKS, "code", code).stream().map(r -> new MeasureDetails.PackUse(((Number) r[0]).longValue(),
                (String) r[1], ((Number) r[2]).intValue(), label((String) r[3]), quarter(r[4], r[5]),
                "PUBLISHED".equals(r[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String parameter, Object value) {
        return entityManager.createNativeQuery(sql).setParameter(parameter, value).getResultList();
    }

    private static FinancialQuarter quarter(Object year, Object quarter) {
        return new FinancialQuarter(((Number) year).intValue(), ((Number) quarter).intValue());
    }

    /** "INCLUDED_IN_PACK" as "Included in pack": the quarters' and packs' own labels are theirs to keep. */
    private static String label(String status) {
        String words = status.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
