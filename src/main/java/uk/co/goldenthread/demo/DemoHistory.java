package uk.co.goldenthread.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.performance.Polarity;

/**
 * DEMO DATA, fictional: eight quarters of made-up values before Q3 2019/20 (Q3 2017/18 to Q2 2019/20), so that the
 * demo council's returns and packs show trends and direction of travel from their first quarter. Loaded only in the
 * demo profile, once, straight into the tables as quarters long since published: no workflow runs for them, and every
 * value's commentary says it is demo history.
 */
@Component
@Profile("demoshire")
@Order(2)
class DemoHistory implements ApplicationRunner {

    static final FinancialQuarter FIRST_REAL_QUARTER = new FinancialQuarter(2019, 3);
    private static final int QUARTERS = 8;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FrameworkService framework;
    private final PeopleService people;

    DemoHistory(JdbcTemplate jdbc, TransactionTemplate transaction, FrameworkService framework, PeopleService people) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.framework = framework;
        this.people = people;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoCouncil = framework.activeMeasures().stream().anyMatch(m -> m.code().equals("FIN01"));
        Integer quarters = jdbc.queryForObject("SELECT COUNT(*) FROM quarter", Integer.class);
        if (!demoCouncil || quarters == null || quarters > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            for (int back = QUARTERS; back >= 1; back--) {
                insertQuarter(FIRST_REAL_QUARTER.plus(-back), QUARTERS - back);
            }
        });
        log.info("Demo history loaded: {} fictional quarters before {}", QUARTERS, FIRST_REAL_QUARTER.label());
    }

    private void insertQuarter(FinancialQuarter period, int step) {
        LocalDate end = period.lastDay();
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var sql = connection.prepareStatement("INSERT INTO quarter (financial_year, quarter_number, status, "
                    + "submission_due, review_due, sign_off_due, pack_compile_due, publication_date, cabinet_date, "
                    + "opened_by, opened_at, version) VALUES (?, ?, 'SIGNED_OFF', ?, ?, ?, ?, ?, ?, 'demo-history', ?, 0)",
                    new String[] {"id"});
            sql.setInt(1, period.financialYear());
            sql.setInt(2, period.quarter());
            int[] days = {14, 21, 28, 30, 46, 60};
            for (int i = 0; i < days.length; i++) {
                sql.setDate(3 + i, Date.valueOf(end.plusDays(days[i])));
            }
            sql.setTimestamp(9, Timestamp.valueOf(end.plusDays(1).atTime(9, 0)));
            return sql;
        }, key);
        Number quarterKey = key.getKey();
        if (quarterKey == null) {
            throw new IllegalStateException("The demo quarter " + period.label() + " was inserted without an id");
        }
        long quarterId = quarterKey.longValue();
        Map<Long, BigDecimal> targets = framework.targetsFor(FIRST_REAL_QUARTER);
        List<MeasureSummary> measures = framework.activeMeasures();
        for (AreaSummary area : framework.areas()) {
            for (Long deliveryId : area.adDeliveryIds()) {
                long returnId = insertReturn(quarterId, area, deliveryId, end);
                int order = 0;
                for (MeasureSummary measure : measures.stream().filter(m -> Long.valueOf(area.id()).equals(m.areaId())).toList()) {
                    jdbc.update("INSERT INTO return_line (return_id, measure_id, sort_order, target_value, reported_value, "
                            + "commentary) VALUES (?, ?, ?, ?, ?, ?)", returnId, measure.id(), order++,
                            targets.get(measure.id()), valueFor(measure, targets.get(measure.id()), step),
                            "Demo history: a fictional value for " + period.label() + ".");
                }
            }
        }
    }

    private long insertReturn(long quarterId, AreaSummary area, long deliveryId, LocalDate end) {
        String delivery = people.findById(deliveryId).map(PersonSummary::username).orElse("demo-history");
        String approver = area.adCommissioningId() == null ? null
                : people.findById(area.adCommissioningId()).map(PersonSummary::username).orElse(null);
        // returns take their ids from their sequence (changeset quarters-return-seq-1)
        Long id = jdbc.queryForObject("SELECT NEXT VALUE FOR quarterly_return_seq", Long.class);
        if (id == null) {
            throw new IllegalStateException("quarterly_return_seq gave no id for a demo return");
        }
        jdbc.update(connection -> {
            var sql = connection.prepareStatement("INSERT INTO quarterly_return (id, quarter_id, area_id, "
                    + "ad_delivery_id, status, submitted_by, submitted_at, approved_by, version) "
                    + "VALUES (?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)");
            sql.setLong(1, id);
            sql.setLong(2, quarterId);
            sql.setLong(3, area.id());
            sql.setLong(4, deliveryId);
            sql.setString(5, delivery);
            sql.setTimestamp(6, Timestamp.valueOf(end.plusDays(12).atTime(16, 30)));
            sql.setString(7, approver);
            return sql;
        });
        return id;
    }

    /** From the baseline towards the target over the eight quarters, with some wobble; the same every time. */
    static BigDecimal valueFor(MeasureSummary measure, @Nullable BigDecimal target, int step) {
        var random = new Random(measure.code().hashCode() * 31L + step);
        double wobble = random.nextGaussian() * 0.6;
        double value;
        if (measure.polarity() == Polarity.WITHIN_BAND && measure.bandLower() != null && measure.bandUpper() != null) {
            double middle = (measure.bandLower().doubleValue() + measure.bandUpper().doubleValue()) / 2;
            value = middle + wobble * (measure.tolerance() == null ? 1 : measure.tolerance().doubleValue());
        } else {
            double start = measure.baselineValue() != null ? measure.baselineValue().doubleValue()
                    : target != null ? target.doubleValue() * 0.9 : 50;
            double goal = target != null ? target.doubleValue() : start;
            double spread = measure.tolerance() != null ? measure.tolerance().doubleValue() : Math.abs(goal) * 0.05;
            value = start + (goal - start) * step / (QUARTERS - 1.0) + wobble * spread;
        }
        if (measure.unit().label().equals("%")) {
            value = Math.max(-100, Math.min(100, value));
        }
        if (measure.polarity() != Polarity.WITHIN_BAND) {
            value = Math.max(0, value);
        }
        return BigDecimal.valueOf(value).setScale(measure.decimalPlaces(), RoundingMode.HALF_UP);
    }
}
