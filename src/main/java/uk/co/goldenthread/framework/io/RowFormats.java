package uk.co.goldenthread.framework.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.co.goldenthread.framework.ComparatorKind;
import uk.co.goldenthread.framework.Frequency;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.Novelty;
import uk.co.goldenthread.framework.ObaQuestion;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.ScorecardBlock;
import uk.co.goldenthread.framework.measures.SpcLimits;
import uk.co.goldenthread.people.Role;
import uk.co.goldenthread.performance.Polarity;

/** What each table's cells must hold, one row at a time (references to other rows are checked afterwards). */
final class RowFormats {

    static final String ALL_ADS = "All ADs";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._'-]*");
    static final List<String> POLARITIES = Arrays.stream(Polarity.values()).map(Polarity::label).toList();
    private static final Pattern FIRST_REPORTED = Pattern.compile("Q[1-4] \\d{4}/\\d{2}");

    private RowFormats() {
    }

    static void framework(RowReader r) {
        r.required("council", "give the council's name");
        r.text("vision");
        r.text("version");
        r.date("cut-over date");
        String first = r.text("first reported").replaceAll("\\s+", " ").toUpperCase(Locale.UK);
        if (!first.isEmpty() && !FIRST_REPORTED.matcher(first).matches()) {
            r.problem("first reported", "'" + first + "' is not a quarter; write it like Q3 2019/20.");
        }
        r.put("first reported", first);
        r.text("source");
        count(r, "existing measures");
        count(r, "new measures");
    }

    /** A count of measures the paper gives for the version (e.g. "23 are existing KBMs"): a whole number, or blank. */
    private static void count(RowReader r, String column) {
        String text = r.text(column);
        if (!text.isEmpty() && !text.matches("\\d{1,6}")) {
            r.problem(column, "'" + text + "' is not a whole number of measures; write it like 23, or leave it blank.");
        }
    }

    static void person(RowReader r) {
        String username = r.username("username");
        if (username.isEmpty()) {
            r.problem("username", "is blank; every person needs a username such as firstname.lastname.");
        } else if (!USERNAME.matcher(username).matches()) {
            r.problem("username", "'" + username + "' is not a username; use lower-case letters, digits and full stops, "
                    + "such as firstname.lastname.");
        }
        r.required("full name", "give the person's full name");
        r.text("job title");
        r.text("email");
        List<String> roles = r.list("roles");
        for (String role : roles) {
            if (Arrays.stream(Role.values()).noneMatch(x -> x.label().equalsIgnoreCase(role))) {
                r.problem("roles", "'" + role + "' is not a role; use one or more of: " + String.join(", ",
                        Arrays.stream(Role.values()).map(Role::label).toList()) + ", separated by ;.");
            }
        }
        r.put("roles", String.join("; ", Arrays.stream(Role.values())
                .filter(x -> roles.stream().anyMatch(x.label()::equalsIgnoreCase)).map(Role::label).toList()));
        r.date("left on");
    }

    static void outcome(RowReader r) {
        r.required("code", "every outcome needs a code such as O1");
        r.required("title", "give the outcome as worded in the paper");
        r.text("parent");
        r.label("level", OutcomeLevel.class, OutcomeLevel.STRATEGIC_OUTCOME.label());
    }

    static void directorate(RowReader r) {
        r.required("name", "every directorate needs a name");
        r.username("strategic director");
    }

    static void area(RowReader r) {
        r.required("name", "every commissioning area needs a name");
        r.required("directorate", "say which directorate the area belongs to");
        r.username("ad commissioning");
        r.put("ad delivery", String.join("; ", r.list("ad delivery").stream().map(s -> s.toLowerCase(Locale.UK)).toList()));
    }

    static void measure(RowReader r) {
        r.required("code", "every measure needs a code such as WCC-FIN-01");
        r.label("type", MeasureKind.class, "");
        if (r.value("type").isEmpty() && r.row().text("type").isEmpty()) {
            r.problem("type", "is blank; use one of: " + Labelled.choices(MeasureKind.class) + ".");
        }
        r.required("title", "give the measure's title as worded in the source");
        r.text("definition");
        r.text("directorate");
        r.text("commissioning area");
        r.text("outcome");
        owner(r, "owner");
        r.label("unit", MeasureUnit.class, MeasureUnit.NUMBER.label());
        r.whole("decimal places", 0, 4, 0);
        String polarity = r.choice("polarity", POLARITIES, "");
        String lower = r.number("band lower");
        String upper = r.number("band upper");
        String tolerance = r.number("tolerance");
        if (polarity.equals(Polarity.WITHIN_BAND.label()) && (lower.isEmpty() || upper.isEmpty())) {
            r.problem(lower.isEmpty() ? "band lower" : "band upper", "is blank; \"within band\" needs both band lower "
                    + "and band upper.");
        } else if (!lower.isEmpty() && !upper.isEmpty()
                && new BigDecimal(lower).compareTo(new BigDecimal(upper)) > 0) {
            r.problem("band lower", "is above band upper; the band runs from the lower limit to the upper.");
        }
        if (polarity.isEmpty() && r.row().text("polarity").isEmpty() && !tolerance.isEmpty()) {
            r.problem("polarity", "is blank but a tolerance is given; say which way is good: "
                    + String.join(", ", POLARITIES) + ".");
        }
        r.label("frequency", Frequency.class, Frequency.QUARTERLY.label());
        r.text("data source");
        r.number("baseline value");
        r.text("baseline period");
        if (!r.yes("proxy").isEmpty() && r.text("proxy rationale").isEmpty()) {
            r.problem("proxy rationale", "is blank; a proxy measure needs the reason a proxy is used.");
        }
        r.text("proxy rationale");
        r.label("status", MeasureStatus.class, MeasureStatus.ACTIVE.label());
        r.label("new or carried over", Novelty.class, "");
        r.label("oba", ObaQuestion.class, "");
        r.label("scorecard block", ScorecardBlock.class, "");
        r.label("improvement category", ImprovementCategory.class, "");
        r.username("improvement lead");
        r.text("notes");
        r.stableWithin("stable within");
        r.whole("minimum count", 0, 1_000_000_000, 0);
        if (r.value("minimum count").equals("0")) {
            r.put("minimum count", "");
        }
        String fixed = r.quarterOfYear("spc fixed until");
        String points = r.quarters("spc change points");
        SpcLimits.insideBaseline(fixed.isEmpty() ? null : fixed, points).ifPresent(p -> r.problem("spc change points",
                p + " is within the fixed baseline (to " + fixed + "); a change point starts a new process after it."));
    }

    static void target(RowReader r) {
        r.required("measure", "say which measure (by code) the target is for");
        if (r.financialYear("financial year").isEmpty() && r.row().text("financial year").isEmpty()) {
            r.problem("financial year", "is blank; write it like 2019/20.");
        }
        r.quarter("quarter");
        if (r.number("target").isEmpty() && r.row().text("target").isEmpty()) {
            r.problem("target", "is blank; give the target as a number.");
        }
    }

    static void intention(RowReader r) {
        r.required("code", "every intention needs a code");
        r.required("title", "give the intention as worded in the paper");
        r.label("kind", IntentionKind.class, IntentionKind.SERVICE.label());
        r.text("commissioning area");
        r.text("outcome");
        owner(r, "owner");
        r.list("measures");
    }

    static void milestone(RowReader r) {
        r.required("intention", "say which intention (by code) the milestone belongs to");
        r.required("milestone", "say what will be achieved");
        r.date("due");
    }

    static void comparator(RowReader r) {
        r.required("measure", "say which measure (by code) the comparator is for");
        r.label("comparator", ComparatorKind.class, "");
        if (r.row().text("comparator").isEmpty()) {
            r.problem("comparator", "is blank; use one of: " + Labelled.choices(
                    ComparatorKind.class) + ".");
        }
        r.required("period", "give the period the value relates to, such as 2018/19");
        if (r.number("value").isEmpty() && r.row().text("value").isEmpty()) {
            r.problem("value", "is blank; give the comparator's value as a number.");
        }
    }

    static void value(RowReader r) {
        r.required("measure", "say which measure (by code) the value is for");
        r.period("period");
        if (r.row().text("period").isEmpty()) {
            r.problem("period", "is blank; give the period, such as 2017/18 Q3 or 2018/19 for a whole year.");
        }
        if (r.number("value").isEmpty() && r.row().text("value").isEmpty()) {
            r.problem("value", "is blank; give the value as a number (leave a period out if it has none).");
        }
        r.text("data as at");
        r.yes("provisional");
        r.text("source");
        r.count("count");
    }

    private static void owner(RowReader r, String column) {
        String owner = r.row().text(column);
        r.put(column, owner.equalsIgnoreCase(ALL_ADS) ? ALL_ADS : owner.toLowerCase(Locale.UK));
    }
}
