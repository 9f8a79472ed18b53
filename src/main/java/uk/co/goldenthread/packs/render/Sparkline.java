package uk.co.goldenthread.packs.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.PeriodValue;

/**
 * The simplest trend chart: an inline SVG line over the recent values, always beside its data table. A stand-in
 * until the calculations module's chart renderer lands; swap it here.
 */
final class Sparkline {

    private static final int WIDTH = 160;
    private static final int HEIGHT = 40;
    private static final int PAD = 4;

    private Sparkline() {
    }

    static String svg(List<PeriodValue> values, String label) {
        if (values.size() < 2) {
            return "";
        }
        BigDecimal min = values.stream().map(PeriodValue::value).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().map(PeriodValue::value).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min).signum() == 0 ? BigDecimal.ONE : max.subtract(min);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = PAD + (WIDTH - 2.0 * PAD) * i / (values.size() - 1);
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * values.get(i).value().subtract(min)
                    .divide(range, 6, RoundingMode.HALF_UP).doubleValue();
            points.append(i == 0 ? "" : " ").append(Math.round(x * 10) / 10.0).append(',')
                    .append(Math.round(y * 10) / 10.0);
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + escape(label)
                + "\"><polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"" + points
                + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
