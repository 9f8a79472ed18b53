package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import uk.co.goldenthread.charts.ChartTable;

/**
 * A server-drawn SVG chart with its data table beneath, in a figure: the chart carries its own title and
 * description for screen readers, and the table gives every value in text.
 */
public class ChartFigure extends Div {

    /** The table shown open, or folded behind "Data table" where space is short (a return's line card). */
    public ChartFigure(String svg, ChartTable table, boolean tableOpen) {
        getElement().setAttribute("role", "figure");
        addClassName("chart-figure");
        add(new Html(svg));
        // the browser's own details and summary (keyboard and screen readers know them): a few nodes a chart where
        // Vaadin's Details takes several components, on every line of a return
        Element details = new Element("details");
        details.getClassList().add("chart-table-details");
        if (tableOpen) {
            details.setAttribute("open", true);
        }
        details.appendChild(new Element("summary").setText("Data table: " + table.caption()));
        getElement().appendChild(details);
        details.appendChild(new Html(tableHtml(table)).getElement());
    }

    private static String tableHtml(ChartTable table) {
        Element html = new Element("table");
        html.getClassList().add("chart-table");
        html.appendChild(new Element("caption").setText(table.caption()));
        Element head = new Element("tr");
        table.headings().forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (var row : table.rows()) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? new Element("th").setAttribute("scope", "row").setText(row.get(i))
                        : new Element("td").setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        html.appendChild(body);
        return html.getOuterHTML();
    }
}
