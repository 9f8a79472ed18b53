package uk.co.goldenthread.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo profile loads eight published quarters of fictional history before the first real one. */
@SpringBootTest
class DemoHistoryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightQuartersOfLabelledFictionalHistoryPrecedeQ3Of2019() {
        List<String> periods = jdbc.queryForList("SELECT CONCAT(financial_year, ' Q', quarter_number) FROM quarter "
                + "WHERE opened_by = 'demo-history' ORDER BY financial_year, quarter_number", String.class);
        assertThat(periods).containsExactly("2017 Q3", "2017 Q4", "2018 Q1", "2018 Q2", "2018 Q3", "2018 Q4",
                "2019 Q1", "2019 Q2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_line l JOIN quarterly_return r ON r.id = l.return_id "
                + "JOIN quarter q ON q.id = r.quarter_id WHERE q.opened_by = 'demo-history' AND l.reported_value IS NOT NULL "
                + "AND l.commentary LIKE 'Demo history: a fictional value%'", Integer.class)).isEqualTo(8 * 11);
        assertThat(jdbc.queryForList("SELECT DISTINCT r.status FROM quarterly_return r JOIN quarter q "
                + "ON q.id = r.quarter_id WHERE q.opened_by = 'demo-history'", String.class)).containsExactly("PUBLISHED");
    }
}
