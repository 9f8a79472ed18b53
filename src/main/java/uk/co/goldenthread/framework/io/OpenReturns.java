package uk.co.goldenthread.framework.io;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * Which open returns (not yet signed off, included in a pack or published) use given measures. The quarters module
 * depends on the framework, so the framework cannot call it back (Spring Modulith refuses the cycle): this reads the
 * quarters' tables with plain SQL instead, by their table names, and only reads.
 */
@Component
@Transactional(readOnly = true)
public class OpenReturns {

    private static final String SQL = """
            SELECT m.code, q.financial_year, q.quarter_number, a.name AS area, p.full_name
            FROM return_line l
            JOIN quarterly_return r ON r.id = l.return_id
            JOIN quarter q ON q.id = r.quarter_id
            JOIN measure m ON m.id = l.measure_id
            JOIN commissioning_area a ON a.id = r.area_id
            JOIN person p ON p.id = r.ad_delivery_id
            WHERE r.status NOT IN ('SIGNED_OFF', 'INCLUDED_IN_PACK', 'PUBLISHED') AND m.code IN (:codes)
            ORDER BY m.code, q.financial_year, q.quarter_number, a.name""";

    private final NamedParameterJdbcTemplate jdbc;

    OpenReturns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each measure code used by an open return, the returns, e.g. "Q1 2021/22 Strategic Finance (James Lewis)". */
    public Map<String, List<String>> using(Collection<String> measureCodes) {
        Map<String, TreeSet<String>> found = new LinkedHashMap<>();
        if (measureCodes.isEmpty()) {
            return Map.of();
        }
        jdbc.query(SQL, Map.of("codes", measureCodes), rs -> {
            found.computeIfAbsent(rs.getString("code"), c -> new TreeSet<>()).add(new FinancialQuarter(
                    rs.getInt("financial_year"), rs.getInt("quarter_number")).label() + " " + rs.getString("area")
                    + " (" + rs.getString("full_name") + ")");
        });
        Map<String, List<String>> result = new LinkedHashMap<>();
        found.forEach((code, returns) -> result.put(code, List.copyOf(returns)));
        return result;
    }
}
