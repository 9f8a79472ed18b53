package uk.co.goldenthread.framework.io;

import java.util.Map;
import uk.co.goldenthread.framework.structure.domain.Directorate;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.measures.domain.Measure;

/** A measure as a row of the Measures sheet. */
final class MeasureRow {

    private MeasureRow() {
    }

    static Map<String, String> of(Measure m, Map<Long, String> usernames) {
        Directorate directorate = m.getArea() != null ? m.getArea().getDirectorate() : m.getDirectorate();
        return DatabaseTables.row("code", m.getCode(), "type", m.getKind(), "title", m.getTitle(),
                "definition", m.getDefinition(), "directorate", directorate == null ? null : directorate.getName(),
                "commissioning area", m.getArea() == null ? null : m.getArea().getName(),
                "outcome", m.getOutcome() == null ? null : m.getOutcome().getCode(),
                "owner", m.isAllAds() ? RowFormats.ALL_ADS : usernames.get(m.getOwnerId()),
                "unit", m.getUnit(), "decimal places", m.getDecimalPlaces(), "polarity", m.getPolarity(),
                "band lower", m.getBandLower(), "band upper", m.getBandUpper(), "tolerance", m.getTolerance(),
                "frequency", m.getFrequency(), "data source", m.getDataSource(),
                "baseline value", m.getBaselineValue(), "baseline period", m.getBaselinePeriod(),
                "proxy", m.isProxy() ? "yes" : null, "proxy rationale", m.getProxyRationale(),
                "status", m.getStatus(), "new or carried over", m.getNovelty(), "oba", m.getOba(),
                "scorecard block", m.getScorecardBlock(), "improvement category", m.getImprovementCategory(),
                "improvement lead", usernames.get(m.getImprovementLeadId()), "notes", m.getNotes(),
                "stable within", MeasureForm.stableWithinText(m.getStableWithin(), m.isStableWithinPercent()),
                "minimum count", MeasureForm.number(m.getMinimumCount()), "spc fixed until", m.getSpcFixedUntil(),
                "spc change points", m.getSpcChangePoints());
    }
}
