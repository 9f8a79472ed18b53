package uk.co.goldenthread.framework.io;

/** One uploaded file as it came: an XLSX workbook, a CSV file of one table, or a ZIP of CSV files. */
public record ImportFile(String name, byte[] content) {
}
