package uk.co.goldenthread.packs.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.packs.snapshot.ExceptionRule;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;
import uk.co.goldenthread.packs.snapshot.PackSnapshot.Measure;
import uk.co.goldenthread.performance.DirectionOfTravel;
import uk.co.goldenthread.performance.Rag;

/** A snapshot arranged as the pack reads: summary counts, exceptions, a section per outcome, and the annexes. */
public record PackReport(PackSnapshot snapshot, String sha256) {

    /** RAG and direction counts for one outcome or directorate. */
    public record Counts(String name, long green, long amber, long red, long grey, long improving, long stable,
            long worsening, long noComparison) {

        public long total() {
            return green + amber + red + grey;
        }
    }

    /** An outcome of the tree with the measures linked to it; id is the section's anchor. */
    public record Section(String id, String title, String level, int depth, List<Measure> measures) {
    }

    public List<Counts> byOutcome() {
        return counts(m -> m.outcomePath().isEmpty() ? "Not linked to an outcome" : m.outcomePath().getFirst());
    }

    public List<Counts> byDirectorate() {
        return counts(Measure::directorate);
    }

    public Counts overall() {
        return count("All measures", snapshot.measures());
    }

    /**
     * Red or worsening measures, and those whose rating and SPC chart disagree; a value shown with a flag instead of a
     * rating (provisional, small number) is not judged, so not listed for its direction.
     */
    public List<Measure> exceptions() {
        return snapshot.measures().stream().filter(ExceptionRule::isException).toList();
    }

    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (PackSnapshot.Outcome o : snapshot.outcomes()) {
            sections.add(new Section("outcome-" + sections.size(), o.title(), o.level(), o.depth(),
                    snapshot.measures().stream().filter(m -> o.code().equals(m.outcomeCode())).toList()));
        }
        List<Measure> unlinked = snapshot.measures().stream().filter(m -> m.outcomeCode() == null
                || snapshot.outcomes().stream().noneMatch(o -> o.code().equals(m.outcomeCode()))).toList();
        if (!unlinked.isEmpty()) {
            sections.add(new Section("outcome-" + sections.size(), "Measures not linked to an outcome", "", 0,
                    unlinked));
        }
        return sections;
    }

    public Map<String, List<Measure>> improvementCategories() {
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        snapshot.measures().stream().filter(m -> m.improvementCategory() != null)
                .forEach(m -> groups.computeIfAbsent(m.improvementCategory(), k -> new ArrayList<>()).add(m));
        return groups;
    }

    /** "Q3 2019/20, version 1". */
    public String versionLabel() {
        return snapshot.quarter() + ", version " + snapshot.version();
    }

    public String cabinetMeeting() {
        return snapshot.cabinetDate() == null ? "not set" : UkDates.format(snapshot.cabinetDate());
    }

    /** A value in the measure's unit and decimal places, e.g. "88.5%" or "£1,200". */
    public static String format(Measure m, @Nullable BigDecimal value) {
        return Labelled.parse(MeasureUnit.class, m.unit()).map(u -> u.format(value, m.decimalPlaces()))
                .orElse(value == null ? "no data" : value.toPlainString());
    }

    /**
     * What the measure is rated against, in its unit: "Band: -2.0% to 0.0%" for a measure rated within a band, else its
     * target ("97.0%"); null when it has neither.
     */
    public static @Nullable String target(Measure m) {
        if (m.hasBand()) {
            return "Band: " + format(m, m.bandLower()) + " to " + format(m, m.bandUpper());
        }
        return m.target() == null ? null : format(m, m.target());
    }

    /** Symbol and word, with the rating's flag: "○ Provisional" (a provisional value is never red) or "● Green". */
    public static String rag(Measure m) {
        Rag rag = ragOf(m);
        if (m.ragFlag() == null) {
            return rag.label();
        }
        return rag == Rag.GREY ? rag.symbol() + " " + m.ragFlag()
                : rag.label() + " (" + m.ragFlag().toLowerCase(java.util.Locale.UK) + ")";
    }

    public static String ragClass(Measure m) {
        return "rag-" + ragOf(m).name().toLowerCase(java.util.Locale.ROOT);
    }

    public static String direction(String word) {
        for (DirectionOfTravel d : DirectionOfTravel.values()) {
            if (d.word().equals(word)) {
                return d.label();
            }
        }
        return word;
    }

    public static String date(java.time.@Nullable LocalDate date) {
        return date == null ? "" : UkDates.format(date);
    }

    public static String dateTime(java.time.@Nullable LocalDateTime at) {
        return at == null ? "" : UkDates.format(at.toLocalDate());
    }

    private static Rag ragOf(Measure m) {
        return ExceptionRule.rag(m.rag());
    }

    private List<Counts> counts(Function<Measure, String> key) {
        Map<String, List<Measure>> groups = new LinkedHashMap<>();
        snapshot.measures().forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
        return groups.entrySet().stream().map(e -> count(e.getKey(), e.getValue())).toList();
    }

    private static Counts count(String name, List<Measure> ms) {
        return new Counts(name, rag(ms, Rag.GREEN), rag(ms, Rag.AMBER), rag(ms, Rag.RED), rag(ms, Rag.GREY),
                dir(ms, DirectionOfTravel.IMPROVING), dir(ms, DirectionOfTravel.STABLE),
                dir(ms, DirectionOfTravel.WORSENING), dir(ms, DirectionOfTravel.UNKNOWN));
    }

    private static long rag(List<Measure> ms, Rag rag) {
        return ms.stream().filter(m -> m.rag().equals(rag.word())).count();
    }

    private static long dir(List<Measure> ms, DirectionOfTravel d) {
        return ms.stream().filter(m -> m.directionOnPreviousPeriod().equals(d.word())).count();
    }
}
