package uk.co.goldenthread.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntSupplier;
import uk.co.goldenthread.charts.ChartData;
import uk.co.goldenthread.charts.ChartPoint;
import uk.co.goldenthread.charts.SvgCharts;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.PerformanceAssessment;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.RagRule;
import uk.co.goldenthread.performance.RatingSettings;
import uk.co.goldenthread.performance.SpcSettings;
import uk.co.goldenthread.performance.ValueFormat;

/**
 * Not a unit test: times the performance engine (RAG, both directions, SPC) over 20,000 series of 40 points, and the
 * SVG renderer over 2,000 trend and SPC charts, on one thread; each against a baseline in the same run (a bare
 * double-precision XmR loop; a StringBuilder writing the same number of SVG elements). Warms up, then repeats and
 * prints min / median / max. No database is involved. Run with {@code ./mvnw -Pbenchmark -DskipTests verify}.
 */
public final class PerformanceBenchmark {

    static final int POINTS = 40;

    private PerformanceBenchmark() {
    }

    public static void main(String[] args) {
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int charts = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Map<String, Object> result = new LinkedHashMap<>();
        for (String line : run(series, charts, repeats, result)) {
            System.out.println(line);
        }
        BenchmarkRun.writeJson("performance", result);
    }

    /** The report lines; the bounded version in verify calls this with small numbers. */
    static List<String> run(int seriesCount, int chartCount, int repeats) {
        return run(seriesCount, chartCount, repeats, new LinkedHashMap<>());
    }

    /** The report lines, each line's figures also put in {@code result} (for target/benchmarks/performance.json). */
    static List<String> run(int seriesCount, int chartCount, int repeats, Map<String, Object> result) {
        List<List<Observation>> series = generate(seriesCount);
        RatingSettings settings = RatingSettings.of(RagRule.of(Polarity.HIGHER_IS_BETTER, new BigDecimal("2.0")),
                ValueFormat.percent(1));
        BigDecimal target = new BigDecimal("90.0");
        List<ChartData> charts = series.subList(0, Math.min(chartCount, series.size())).stream()
                .map(PerformanceBenchmark::chart).toList();
        List<String> report = new ArrayList<>();
        report.add(String.format("Processors available: %d; series %,d x %d points; charts %,d (trend + SPC each)",
                Runtime.getRuntime().availableProcessors(), seriesCount, POINTS, charts.size()));
        result.put("series", seriesCount);
        result.put("points", POINTS);
        result.put("charts", charts.size());
        result.put("processors", Runtime.getRuntime().availableProcessors());
        report.add(line(result, "SPC + RAG + directions", repeats, () -> assess(series, settings, target)));
        report.add(line(result, "  baseline: bare double XmR", repeats, () -> bareXmr(series)));
        report.add(line(result, "SVG trend + SPC charts", repeats, () -> render(charts, settings)));
        report.add(line(result, "  baseline: StringBuilder of as many elements", repeats, () -> bareSvg(charts)));
        return report;
    }

    private static int assess(List<List<Observation>> series, RatingSettings settings, BigDecimal target) {
        int special = 0;
        for (List<Observation> history : series) {
            var a = PerformanceAssessment.of(history, history.get(POINTS - 2), history.get(POINTS - 5), target,
                    settings, SpcSettings.STANDARD);
            special += a.spc().variation().isSpecialCause() ? 1 : 0;
        }
        return special;
    }

    private static int render(List<ChartData> charts, RatingSettings settings) {
        int length = 0;
        for (ChartData chart : charts) {
            length += SvgCharts.trend(chart).length();
            length += SvgCharts.spc(chart, settings.rag(), SpcSettings.STANDARD).length();
        }
        return length;
    }

    private static int bareXmr(List<List<Observation>> series) {
        int special = 0;
        double[] v = new double[POINTS];
        for (List<Observation> history : series) {
            double sum = 0;
            double ranges = 0;
            for (int i = 0; i < POINTS; i++) {
                v[i] = history.get(i).value().doubleValue();
                sum += v[i];
                ranges += i == 0 ? 0 : Math.abs(v[i] - v[i - 1]);
            }
            double mean = sum / POINTS;
            double spread = 2.66 * ranges / (POINTS - 1);
            double last = v[POINTS - 1];
            special += last > mean + spread || last < mean - spread ? 1 : 0;
        }
        return special;
    }

    private static int bareSvg(List<ChartData> charts) {
        int length = 0;
        for (ChartData chart : charts) {
            StringBuilder svg = new StringBuilder(8192).append("<svg>");
            for (int copy = 0; copy < 2; copy++) {
                for (int i = 0; i < chart.points().size(); i++) {
                    svg.append("<circle cx=\"").append(i * 10).append("\" cy=\"")
                            .append(chart.points().get(i).value().doubleValue()).append("\" r=\"3\"/>");
                }
            }
            length += svg.append("</svg>").length();
        }
        return length;
    }

    private static String line(Map<String, Object> result, String what, int repeats, IntSupplier work) {
        for (int i = 0; i < 3; i++) {
            work.getAsInt();
        }
        double[] seconds = new double[repeats];
        int check = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            check += work.getAsInt();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        result.put(what.strip(), Map.of("seconds", Arrays.stream(seconds).boxed().toList(), "minS", seconds[0],
                "medianS", seconds[repeats / 2], "maxS", seconds[repeats - 1]));
        return String.format("%-46s min %.3f s  median %.3f s  max %.3f s  (%d runs, check %d)", what, seconds[0],
                seconds[repeats / 2], seconds[repeats - 1], repeats, check);
    }

    /** Seeded random walks around 90% with an occasional shift, so some series show special causes. */
    static List<List<Observation>> generate(int count) {
        Random random = new Random(20261201L);
        List<List<Observation>> all = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            List<Observation> history = new ArrayList<>(POINTS);
            double level = 85 + random.nextDouble() * 10;
            for (int i = 0; i < POINTS; i++) {
                if (random.nextInt(60) == 0) {
                    level += random.nextGaussian() * 4;
                }
                double value = level + random.nextGaussian();
                history.add(Observation.of("Q" + (i % 4 + 1) + " " + (2010 + i / 4) + "/" + (11 + i / 4),
                        BigDecimal.valueOf(Math.round(value * 10), 1)));
            }
            all.add(history);
        }
        return all;
    }

    private static ChartData chart(List<Observation> history) {
        List<ChartPoint> points = history.stream()
                .map(o -> ChartPoint.of(o.period(), o.value(), new BigDecimal("90.0"))).toList();
        return new ChartData("Benchmark measure", ValueFormat.percent(1), points, history.get(POINTS - 5).period());
    }
}
