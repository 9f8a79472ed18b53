package uk.co.goldenthread.framework.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row counts of every table an import writes, to show that a refused import changed nothing. */
record TableCounts(Map<String, Long> counts) {

    private static final List<String> TABLES = List.of("person", "council", "framework_version", "directorate",
            "commissioning_area", "commissioning_area_delivery", "outcome", "measure", "measure_target", "comparator",
            "intention", "intention_measure", "milestone", "measure_value", "audit_entry");

    static TableCounts of(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
        return new TableCounts(counts);
    }
}
