package uk.co.goldenthread.quarters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one active measure or intention goes when a quarter opens: the returns that will hold it ("Strategic Finance
 * (Owen Pritchard)"), and a note when it goes nowhere or is not due ("no AD Delivery in area").
 */
public record MeasureRoute(String code, String title, String kind, List<String> returns, @Nullable String note) {

    public MeasureRoute {
        returns = List.copyOf(returns);
    }

    /** Whether no return will hold it: the quarter opens without it only when the Performance Team says why. */
    public boolean goesNowhere() {
        return returns.isEmpty();
    }

    /** "WAR-KBM-01 (no AD Delivery in area)" */
    public String describe() {
        return note == null ? code : code + " (" + note + ")";
    }
}
