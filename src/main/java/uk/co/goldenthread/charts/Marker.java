package uk.co.goldenthread.charts;

import uk.co.goldenthread.performance.SpcPoint;
import uk.co.goldenthread.performance.Variation;

/** The shape of an SPC point, so a special cause shows by shape as well as colour; provisional points are hollow. */
final class Marker {

    private Marker() {
    }

    static void draw(SvgWriter svg, double x, double y, SpcPoint point) {
        Variation variation = point.variation();
        String provisional = point.provisional() ? " provisional" : "";
        if (!variation.isSpecialCause()) {
            svg.circle(x, y, 3, ChartColours.VALUE, !point.provisional(), "point common-cause" + provisional);
        } else if (variation.isImprovement()) {
            svg.polygon(new double[][] {{x, y - 6}, {x + 6, y}, {x, y + 6}, {x - 6, y}}, ChartColours.IMPROVEMENT,
                    "point special-cause improvement" + provisional);
        } else if (variation.isConcern()) {
            double tip = variation == Variation.CONCERN_HIGH ? -6 : 6;
            svg.polygon(new double[][] {{x, y + tip}, {x + 6, y - tip}, {x - 6, y - tip}}, ChartColours.CONCERN,
                    "point special-cause concern" + provisional);
        } else {
            svg.rect(x - 4.5, y - 4.5, 9, 9, ChartColours.NEITHER, true, "point special-cause neither" + provisional);
        }
    }
}
