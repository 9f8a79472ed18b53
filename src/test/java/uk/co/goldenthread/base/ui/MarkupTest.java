package uk.co.goldenthread.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.charts.ChartTable;

/** What a Markup gives the browser: people's text escaped, the application's own SVG as drawn, all in one element. */
class MarkupTest {

    @Test
    void textTypedByAPersonIsShownAsTextNeverAsMarkup() {
        Markup shown = Markup.of("line-commentary").paragraph("<script>alert('x')</script> & <b>bold</b>")
                .fact("Remedial action", "Owner: \"A & B\" <img src=x onerror=alert(1)>")
                .list(List.of("<i>milestone</i>")).build();

        assertThat(shown.innerHtml()).isEqualTo("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
                + "</p><div class=\"fact\"><span class=\"fact-label\">Remedial action: </span>Owner: \"A &amp; B\" "
                + "&lt;img src=x onerror=alert(1)&gt;</div><ul><li>&lt;i&gt;milestone&lt;/i&gt;</li></ul>");
        assertThat(shown.getElement().getTag()).isEqualTo("div");
        assertThat(shown.getClassNames()).containsExactly("line-commentary");
        assertThat(shown.getElement().getChildCount()).as("one node on the server, whatever it holds").isZero();
    }

    @Test
    void aChartKeepsItsSvgAsDrawnWithItsDataTableFoldedOrOpen() {
        String svg = "<svg viewBox=\"0 0 10 10\" role=\"img\"><title>Sparkline of FIN01</title></svg>";
        var table = new ChartTable("Values of FIN01", List.of("Quarter", "Value"), List.of(List.of("Q1 2019/20", "<5")));

        String folded = Markup.of("chart").chart(svg, table, false).build().innerHtml();
        String open = Markup.of("chart").chart(svg, table, true).build().innerHtml();

        assertThat(folded).isEqualTo("<div role=\"figure\" class=\"chart-figure\">" + svg
                + "<details class=\"chart-table-details\"><summary>Data table: Values of FIN01</summary>"
                + "<table class=\"chart-table\"><caption>Values of FIN01</caption><thead><tr><th scope=\"col\">Quarter"
                + "</th><th scope=\"col\">Value</th></tr></thead><tbody><tr><th scope=\"row\">Q1 2019/20</th>"
                + "<td>&lt;5</td></tr></tbody></table></details></div>");
        assertThat(open).contains("<details class=\"chart-table-details\" open>");
    }

    @Test
    void factsSitSideBySideEachWithItsLabel() {
        String html = Markup.of("line-facts").facts(new Facts().fact("Unit", "%").fact("Rating and chart disagree",
                "the chart shows special cause concern", "disagreement")).build().innerHtml();

        assertThat(html).isEqualTo("<div class=\"facts\"><span class=\"fact\">Unit: %</span><span class=\"fact "
                + "disagreement\">Rating and chart disagree: the chart shows special cause concern</span></div>");
    }
}
