package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uk.co.goldenthread.charts.ChartTable;

/**
 * Read-only content as one node: paragraphs, facts and charts with their data tables written out as HTML once and
 * given to the browser as the inner HTML of one element. A screen keeps a node on the server for each element and
 * text of its component tree, for every tab that has it open (a return repeats its facts and chart on each of its
 * lines); what nobody types in or changes needs none of them. Text is escaped on the way out; markup comes in only
 * from the application's own drawing ({@link Builder#chart}).
 */
@Tag("div")
public final class Markup extends Component implements HasStyle {

    private Markup(String className, String innerHtml) {
        addClassName(className);
        getElement().setProperty("innerHTML", innerHtml);
    }

    /** What the browser is given inside the element. */
    public String innerHtml() {
        return getElement().getProperty("innerHTML", "");
    }

    /** Content for an element with the class {@code className}, e.g. "line-facts". */
    public static Builder of(String className) {
        return new Builder(className);
    }

    /** Adds the parts in order; {@link #build()} writes them out. */
    public static final class Builder {
        private final String className;
        private final Element root = new Element("div");

        private Builder(String className) {
            this.className = className;
        }

        /** An element with its text, e.g. {@code ("h4", "Remedial actions")}. */
        public Builder text(String tag, String text) {
            root.appendElement(tag).text(text);
            return this;
        }

        public Builder paragraph(String text) {
            return text("p", text);
        }

        /** A bulleted list, one item a string. */
        public Builder list(List<String> items) {
            Element list = root.appendElement("ul");
            items.forEach(item -> list.appendElement("li").text(item));
            return this;
        }

        /** "label: text" side by side, as a {@link Fact} shows one. */
        public Builder fact(String label, String text) {
            Element fact = root.appendElement("div").addClass("fact");
            fact.appendElement("span").addClass("fact-label").text(label + ": ");
            fact.appendText(text);
            return this;
        }

        public Builder facts(Facts facts) {
            root.appendChild(facts.element());
            return this;
        }

        /**
         * A server-drawn SVG chart with its data table in a figure: the chart carries its own title and description
         * for screen readers, and the table gives every value in text, shown open or folded behind "Data table" (the
         * browser's own details and summary, which keyboards and screen readers know).
         */
        public Builder chart(String svg, ChartTable table, boolean tableOpen) {
            Element figure = root.appendElement("div").attr("role", "figure").addClass("chart-figure");
            figure.appendChild(new DataNode(svg)); // as drawn: not parsed again, so viewBox keeps its case
            Element details = figure.appendElement("details").addClass("chart-table-details");
            if (tableOpen) {
                details.attr("open", true);
            }
            details.appendElement("summary").text("Data table: " + table.caption());
            Element html = details.appendElement("table").addClass("chart-table");
            html.appendElement("caption").text(table.caption());
            Element head = html.appendElement("thead").appendElement("tr");
            table.headings().forEach(h -> head.appendElement("th").attr("scope", "col").text(h));
            Element body = html.appendElement("tbody");
            for (var row : table.rows()) {
                Element tr = body.appendElement("tr");
                for (int i = 0; i < row.size(); i++) {
                    if (i == 0) {
                        tr.appendElement("th").attr("scope", "row").text(row.get(i));
                    } else {
                        tr.appendElement("td").text(row.get(i));
                    }
                }
            }
            return this;
        }

        public Markup build() {
            var written = new Document("");
            written.outputSettings().prettyPrint(false);
            written.appendChild(root);
            return new Markup(className, root.html());
        }
    }
}
