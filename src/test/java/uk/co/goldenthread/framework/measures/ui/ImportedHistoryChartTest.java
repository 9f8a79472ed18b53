package uk.co.goldenthread.framework.measures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.ScreenText;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ProgressListener;

/** Values imported as history appear on the measure's trend, before the reported ones, marked as imported. */
class ImportedHistoryChartTest extends AdminUiTest {

    @Test
    void importedHistoryIsChartedAndMarkedInTheTable() {
        SignIn.as(context, "priya.shah");
        context.getBean(FrameworkImportService.class).apply(List.of(new ImportFile("values.csv", (
                "measure,period,value,data as at,provisional,source\n"
                        + "FIN01,2010/11 Q1,70.5,,,Finance ledger\nFIN01,2010/11 Q2,71.5,,yes,Finance ledger\n")
                .getBytes(StandardCharsets.UTF_8))), ImportOptions.DEFAULT, ProgressListener.NONE);
        signInAndOpen("priya.shah", "measures/FIN01");
        String tables = ScreenText.markup(null);
        assertThat(tables).contains("<th scope=\"row\">Q1 2010/11</th><td>70.5%</td><td></td><td>imported history</td>",
                "<th scope=\"row\">Q2 2010/11</th><td>71.5%</td><td></td><td>provisional; imported history</td>");
    }

    @Test
    void importedHistoryWhoseCountIsBelowTheMinimumIsMarkedASmallNumber() {
        SignIn.as(context, "priya.shah");
        new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .update("UPDATE measure SET minimum_count = 10 WHERE code = 'FIN01'");
        context.getBean(FrameworkImportService.class).apply(List.of(new ImportFile("values.csv", (
                "measure,period,value,source,count\n"
                        + "FIN01,2010/11 Q1,70.5,Finance ledger,4\nFIN01,2010/11 Q2,71.5,Finance ledger,10\n"
                        + "FIN01,2010/11 Q3,72.5,Finance ledger,\n")
                .getBytes(StandardCharsets.UTF_8))), ImportOptions.DEFAULT, ProgressListener.NONE);
        signInAndOpen("priya.shah", "measures/FIN01");
        String tables = ScreenText.markup(null);
        assertThat(tables).contains(
                "<th scope=\"row\">Q1 2010/11</th><td>70.5%</td><td></td><td>imported history; small number: not rated"
                        + "</td>",
                "<th scope=\"row\">Q2 2010/11</th><td>71.5%</td><td></td><td>imported history</td>",
                "<th scope=\"row\">Q3 2010/11</th><td>72.5%</td><td></td><td>imported history</td>");
    }
}
