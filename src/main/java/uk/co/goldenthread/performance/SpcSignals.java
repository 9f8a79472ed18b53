package uk.co.goldenthread.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds which special-cause rules each point of one stretch of an XmR chart is part of, and on which side. */
final class SpcSignals {

    static final int RUN = 7;

    private final List<Set<SpcRule>> rules = new ArrayList<>();
    private final int[] sides;
    private final int[] trend;

    private SpcSignals(List<BigDecimal> values, ScaledLimits limits) {
        int n = values.size();
        sides = new int[n];
        trend = new int[n];
        for (int i = 0; i < n; i++) {
            rules.add(EnumSet.noneOf(SpcRule.class));
            sides[i] = limits.side(values.get(i));
            if (limits.outside(values.get(i))) {
                rules.get(i).add(SpcRule.OUTSIDE_LIMITS);
            }
        }
        markShifts();
        markTrends(values);
        markTwoOfThree(values, limits);
    }

    static SpcSignals find(List<BigDecimal> values, ScaledLimits limits) {
        return new SpcSignals(values, limits);
    }

    Set<SpcRule> rules(int i) {
        return rules.get(i);
    }

    /** Whether a special cause at this point is on the high side: its side of the mean, or a rising trend. */
    boolean high(int i) {
        boolean trendOnly = rules.get(i).equals(EnumSet.of(SpcRule.TREND));
        return trendOnly || sides[i] == 0 ? trend[i] > 0 : sides[i] > 0;
    }

    private void markShifts() {
        int start = 0;
        for (int i = 1; i <= sides.length; i++) {
            if (i == sides.length || sides[i] != sides[start]) {
                if (sides[start] != 0 && i - start >= RUN) {
                    mark(start, i, SpcRule.SHIFT);
                }
                start = i;
            }
        }
    }

    /** A run of steps the same way (a tie ends it); the turning point belongs to both runs. */
    private void markTrends(List<BigDecimal> values) {
        int i = 1;
        while (i < values.size()) {
            int step = values.get(i).compareTo(values.get(i - 1));
            if (step == 0) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < values.size() && values.get(last + 1).compareTo(values.get(last)) == step) {
                last++;
            }
            int first = i - 1;
            if (last - first + 1 >= RUN) {
                mark(first, last + 1, SpcRule.TREND);
                for (int j = first; j <= last; j++) {
                    trend[j] = step;
                }
            }
            i = last + 1;
        }
    }

    private void markTwoOfThree(List<BigDecimal> values, ScaledLimits limits) {
        for (int i = 0; i + 2 < values.size(); i++) {
            int side = sides[i];
            if (side == 0 || sides[i + 1] != side || sides[i + 2] != side) {
                continue;
            }
            List<Integer> near = new ArrayList<>();
            for (int j = i; j < i + 3; j++) {
                if (limits.near(values.get(j), side)) {
                    near.add(j);
                }
            }
            if (near.size() >= 2) {
                near.forEach(j -> rules.get(j).add(SpcRule.TWO_OF_THREE));
            }
        }
    }

    private void mark(int from, int to, SpcRule rule) {
        for (int j = from; j < to; j++) {
            rules.get(j).add(rule);
        }
    }
}
