package uk.co.goldenthread.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The audit CSV never hands a spreadsheet a formula: auditors open it in Excel. */
class AuditCsvTest {

    @Test
    void formulaLikeTextIsWrittenAsTextAndNumbersStayNumbers() throws IOException {
        var change = new AuditChange(LocalDateTime.of(2026, 11, 22, 9, 30), "@SUM(1+1)*cmd|' /C calc'!A0", null,
                "=HYPERLINK(\"http://evil.example\",\"x\")", "-1.5", "+44 20 7946 0000", "\tTab first");
        var cr = new AuditChange(LocalDateTime.of(2026, 11, 22, 9, 31), "amy.evans", "-cmd", "Value", "-0", "12.50",
                "\rCarriage return first");

        byte[] csv = AuditCsv.write(List.of(change, cr));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFWhen,Who,");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().get().parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(rows.get(0).toList()).containsExactly("22/11/2026 09:30:00", "'@SUM(1+1)*cmd|' /C calc'!A0", "",
                "'=HYPERLINK(\"http://evil.example\",\"x\")", "-1.5", "'+44 20 7946 0000", "'\tTab first");
        assertThat(rows.get(1).toList()).containsExactly("22/11/2026 09:31:00", "amy.evans", "'-cmd", "Value", "-0",
                "12.50", "'\rCarriage return first");
    }
}
