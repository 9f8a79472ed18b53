package uk.co.goldenthread.framework.quality.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.ui.ProblemList;
import uk.co.goldenthread.framework.quality.DataQualityReport;
import uk.co.goldenthread.framework.quality.DataQualityService;
import uk.co.goldenthread.framework.MeasureSummary;

/** Where the framework is incomplete: measures that cannot yet be reported or rated as they should. */
@Route("data-quality")
@PageTitle("Data quality | Golden Thread")
@Menu(title = "Data quality", order = 15, icon = "vaadin:warning")
@RolesAllowed("PERFORMANCE_TEAM")
public class DataQualityView extends Main {

    public DataQualityView(DataQualityService dataQuality) {
        DataQualityReport report = dataQuality.report();
        Map<String, List<MeasureSummary>> problems = new LinkedHashMap<>();
        problems.put("Without a baseline", report.withoutBaseline());
        problems.put("Without a target for " + FinancialQuarter.yearLabel(report.financialYear()),
                report.withoutTargetThisYear());
        problems.put("Without an owner", report.withoutOwner());
        problems.put("Proxies without a rationale", report.proxiesWithoutRationale());
        problems.put("KBMs without a polarity", report.kbmsWithoutPolarity());
        add(new H2("Data quality"), new Paragraph("When Warwickshire adopted its framework in July 2019, 40 of its 63 "
                + "KBMs were new and still needed baselines and targets before they could be reported and rated. "
                + "This is where that work is tracked: every draft or active measure with a gap is listed below; "
                + "open one to fill the gap."));
        var counts = new UnorderedList();
        counts.addClassName("dq-counts");
        problems.forEach((title, measures) -> {
            var number = new Span(String.valueOf(measures.size()));
            number.addClassName("dq-count");
            counts.add(new ListItem(number, new Span(title)));
        });
        add(counts);
        problems.forEach((title, measures) -> add(new ProblemList(title, measures)));
    }
}
