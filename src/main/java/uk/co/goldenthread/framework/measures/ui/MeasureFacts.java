package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.Fact;
import uk.co.goldenthread.framework.Labelled;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.performance.Polarity;

/** What a measure is, how it is judged, who owns it and how it is classified. */
class MeasureFacts extends Section {

    MeasureFacts(MeasureDetails details) {
        MeasureSummary m = details.measure();
        add(new H3("About the measure"), new Paragraph(m.definition().isBlank() ? "No definition yet." : m.definition()));
        add(facts(new Fact("Type", m.kind().longName()), new Fact("Status", m.status().label()),
                new Fact("Unit", m.unit().label()), new Fact("Decimal places", String.valueOf(m.decimalPlaces())),
                new Fact("Polarity", m.polarity() == Polarity.WITHIN_BAND ? "within band " + m.format(m.bandLower())
                        + " to " + m.format(m.bandUpper()) : m.polarityLabel()),
                new Fact("Tolerance", m.tolerance() == null ? "Not set" : m.format(m.tolerance())),
                new Fact("Frequency", m.frequency().label()), new Fact("Data source", text(m.dataSource())),
                new Fact("Baseline", m.baselineValue() == null ? "Not set"
                        : m.format(m.baselineValue()) + " (" + text(m.baselinePeriod()) + ")")));
        add(facts(new Fact("Directorate", text(m.directorateName())), new Fact("Commissioning area", text(m.areaName())),
                new Fact("Outcome", m.outcomeCode() == null ? "Not set" : m.outcomeCode() + " " + m.objective()),
                new Fact("Owner", m.allAds() ? "All ADs" : text(details.ownerName()))));
        add(facts(new Fact("Proxy", m.proxy() ? "Yes: " + text(m.proxyRationale()) : "No"),
                new Fact("OBA question", label(m.oba())), new Fact("Scorecard block", label(m.scorecardBlock())),
                new Fact("Improvement category", m.improvementCategory() == null ? "None"
                        : m.improvementCategory().label() + ", lead " + text(details.improvementLeadName())),
                new Fact("New or carried over", label(m.novelty())),
                new Fact("Introduced in", text(details.introducedIn())), new Fact("Retired in", text(details.retiredIn()))));
        if (m.notes() != null) {
            add(new Paragraph("Notes: " + m.notes()));
        }
        addClassName("measure-card");
    }

    private static Div facts(Fact... facts) {
        return new Div(facts);
    }

    private static String text(@Nullable String value) {
        return value == null || value.isBlank() ? "Not set" : value;
    }

    private static String label(@Nullable Labelled value) {
        return value == null ? "Not set" : value.label();
    }
}
