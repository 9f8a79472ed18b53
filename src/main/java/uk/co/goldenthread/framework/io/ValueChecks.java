package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;

/**
 * Checks each past value against its measure: the measure exists (in the file or Golden Thread), the value has no
 * more decimal places than the measure reports, and the period has begun (no history from the future).
 */
final class ValueChecks {

    private final FrameworkTables file;
    private final FrameworkTables db;
    private final List<RowReader> rows;
    private final @Nullable FinancialQuarter currentQuarter;

    ValueChecks(FrameworkTables file, FrameworkTables db, List<RowReader> rows,
            @Nullable FinancialQuarter currentQuarter) {
        this.file = file;
        this.db = db;
        this.rows = rows;
        this.currentQuarter = currentQuarter;
    }

    void run() {
        for (RowReader r : rows) {
            String code = r.value("measure");
            if (code.isEmpty()) {
                continue;
            }
            Optional<FrameworkTables.Entry> measure = file.find(Table.MEASURES, code)
                    .or(() -> db.find(Table.MEASURES, code));
            if (measure.isEmpty()) {
                r.problem("measure", "names the measure '" + code + "', which is not in the Measures sheet nor in "
                        + "Golden Thread.");
                continue;
            }
            decimalPlaces(r, measure.get());
            period(r, code);
        }
    }

    private void decimalPlaces(RowReader r, FrameworkTables.Entry measure) {
        String value = r.value("value");
        String places = measure.get("decimal places");
        if (value.isEmpty() || places.isEmpty()) {
            return;
        }
        int allowed = Integer.parseInt(places);
        int scale = Math.max(0, new BigDecimal(value).stripTrailingZeros().scale());
        if (scale > allowed) {
            r.problem("value", "'" + r.row().text("value") + "' has " + scale + " decimal place" + (scale == 1 ? ""
                    : "s") + "; " + measure.key() + " is reported with " + (allowed == 0 ? "none"
                    : "at most " + allowed) + ".");
        }
    }

    private void period(RowReader r, String code) {
        String period = r.value("period");
        if (period.isEmpty() || currentQuarter == null) {
            return;
        }
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = period.length() > 7 ? Integer.parseInt(period.substring(period.length() - 1)) : 1;
        if (year * 4 + quarter > currentQuarter.financialYear() * 4 + currentQuarter.quarter()) {
            r.problem("period", "'" + period + "' has not begun yet (this is " + currentQuarter.label() + "); a past "
                    + "value of " + code + " must be for a period that has begun.");
        }
    }
}
