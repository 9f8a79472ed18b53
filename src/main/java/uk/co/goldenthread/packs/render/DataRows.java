package uk.co.goldenthread.packs.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.packs.snapshot.ExceptionRule;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;

/**
 * The pack's data as rows, the same in CSV and XLSX: one row per measure per period, numbers as numbers, with the
 * version, its hash and the licence on every row so a row read on its own can still be checked and reused.
 */
public final class DataRows {

    public static final List<String> HEADINGS = List.of("quarter", "version", "sha256", "code", "kind", "title",
            "unit", "decimal_places", "period", "value", "this_period", "target", "band_lower", "band_upper",
            "target_text", "rag", "rag_flag", "rag_explanation", "rating_and_chart", "exception",
            "direction_on_previous_period", "direction_on_same_period_last_year", "data_as_at", "directorate",
            "commissioning_area", "ad_delivery", "return_late", "return_submitted_on", "licence", "licence_url");

    /** The licence's own address, beside its name on every row (docs/open-data.md). */
    public static final String LICENCE_URL =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private DataRows() {
    }

    /** Each cell is a String, a BigDecimal, an Integer, a Boolean or null. */
    public static List<List<@Nullable Object>> of(PackSnapshot s, String sha256) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Measure m : s.measures()) {
            if (m.history().isEmpty()) {
                rows.add(row(s, sha256, m, m.dataAsAt(), null, true));
            }
            for (PackSnapshot.PeriodValue v : m.history()) {
                rows.add(row(s, sha256, m, v.period(), v, v.period().equals(m.dataAsAt())));
            }
        }
        return rows;
    }

    private static List<@Nullable Object> row(PackSnapshot s, String sha256, Measure m, String period,
            PackSnapshot.@Nullable PeriodValue v, boolean current) {
        List<@Nullable Object> row = new ArrayList<>();
        row.add(s.quarter());
        row.add(s.version());
        row.add(sha256);
        row.add(m.code());
        row.add(m.kind());
        row.add(m.title());
        row.add(m.unit());
        row.add(m.decimalPlaces());
        row.add(period);
        row.add(v == null ? null : v.value());
        row.add(current);
        row.add(current ? m.target() : null);
        row.add(current ? m.bandLower() : null);
        row.add(current ? m.bandUpper() : null);
        row.add(current ? PackReport.target(m) : null);
        row.add(current ? m.rag() : null);
        row.add(current ? m.ragFlag() : null);
        row.add(current ? m.ragExplanation() : null);
        row.add(current ? m.disagreement() : null);
        row.add(current ? ExceptionRule.isException(m) : null);
        row.add(current ? m.directionOnPreviousPeriod() : null);
        row.add(current ? m.directionOnSamePeriodLastYear() : null);
        row.add(m.dataAsAt());
        row.add(m.directorate());
        row.add(m.commissioningArea());
        row.add(m.adDelivery());
        PackSnapshot.@Nullable Late late = s.lateReturns().stream().filter(r -> r.commissioningArea()
                .equals(m.commissioningArea()) && r.adDelivery().equals(m.adDelivery())).findFirst().orElse(null);
        row.add(late != null);
        row.add(late == null ? null : late.submittedOn().toString());
        row.add(s.licence());
        row.add(LICENCE_URL);
        return row;
    }
}
