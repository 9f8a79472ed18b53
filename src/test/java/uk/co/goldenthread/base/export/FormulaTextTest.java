package uk.co.goldenthread.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "\t=1", "\r=1", "-", "+5", "=1"})
    void formulaLikeTextGetsAnApostropheAndComesBackAsItWas(String text) {
        assertThat(FormulaText.isFormulaLike(text)).isTrue();
        assertThat(FormulaText.neutralised(text)).isEqualTo("'" + text);
        assertThat(FormulaText.restored(FormulaText.neutralised(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1.5", "-0", "12", "-3e5", "Delivered 1+1", "It's =fine", "% of"})
    void otherTextAndPlainNumbersAreLeftAlone(String text) {
        assertThat(FormulaText.neutralised(text)).isEqualTo(text);
        assertThat(FormulaText.restored(text)).isEqualTo(text);
    }

    @Test
    void textAlreadyMarkedAsTextIsNotMarkedTwice() {
        assertThat(FormulaText.neutralised("'=1")).isEqualTo("'=1");
    }

    @Test
    void theCsvPrinterNeutralisesHeadingsAndTextButWritesNumbersAsNumbers() {
        byte[] csv = SafeCsvPrinter.utf8WithBom(CSVFormat.RFC4180.builder().setHeader("=title", "value").get(),
                p -> p.printRecord("@evil", new BigDecimal("-4.25")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF'=title,value\r\n'@evil,-4.25\r\n");
    }

    @Test
    void theCellWriterQuotePrefixesFormulaLikeTextOnly() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new SXSSFWorkbook()) {
            var cells = new SafeCells(workbook);
            var row = workbook.createSheet("S").createRow(0);
            cells.text(row.createCell(0), "=1+1");
            cells.text(row.createCell(1), "plain");
            cells.number(row.createCell(2), new BigDecimal("-1.5"));
            cells.text(row.createCell(3), "-7");
            workbook.write(bytes);
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            var row = workbook.getSheet("S").getRow(0);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-1.5);
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
