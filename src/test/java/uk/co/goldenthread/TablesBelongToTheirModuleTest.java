package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's tables are created in its own Liquibase file, and only that module's code names them in SQL: a
 * module that needs another's data asks its service or a port. The demo data is the one exception.
 */
class TablesBelongToTheirModuleTest {

    private static final Path SOURCES = Path.of("src/main/java/uk/co/goldenthread");
    private static final Path CHANGELOGS = Path.of("src/main/resources/db/changelog");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+`?(\\w+)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\n])*)\"", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE)\\b");
    private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+`?(\\w+)");

    @Test
    void noModuleNamesAnotherModulesTablesInSql() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("return_line", "quarters").containsEntry("pack_line", "packs");
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (module.equals("demo") || file.getParent().equals(SOURCES)) {
                    continue;
                }
                for (String sql : sqlStrings(Files.readString(file))) {
                    Matcher table = SQL_TABLE.matcher(sql);
                    while (table.find()) {
                        String owner = owners.get(table.group(1).toLowerCase());
                        if (owner != null && !owner.equals(module)) {
                            trespasses.add(SOURCES.relativize(file) + " names " + owner + "'s table " + table.group(1));
                        }
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void nativeQueriesStayOutOfRepositories() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(SOURCES.resolve("demo")))
                    .filter(f -> read(f).replace(" ", "").contains("nativeQuery=true")).toList()).isEmpty();
        }
    }

    /** The string literals and text blocks that read as SQL (written in capitals, as this code base writes SQL). */
    private static List<String> sqlStrings(String source) {
        List<String> found = new ArrayList<>();
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            if (SQL.matcher(text).find()) {
                found.add(text);
            }
        }
        return found;
    }

    /** Which module's Liquibase file creates each table. */
    private static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(CHANGELOGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String module = file.getFileName().toString().replace(".sql", "");
                Matcher create = CREATE_TABLE.matcher(Files.readString(file));
                while (create.find()) {
                    owners.put(create.group(1).toLowerCase(), module);
                }
            }
        }
        return owners;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
