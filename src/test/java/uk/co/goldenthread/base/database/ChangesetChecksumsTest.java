package uk.co.goldenthread.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema is a contract: a changeset once on main never changes, or a database created before the change fails
 * Liquibase's validation. Every changeset's checksum, as Liquibase computed it migrating the test database, must
 * equal the checked-in record; a new changeset is added to the record with {@code -Dchecksums.record=true}.
 */
@SpringBootTest
class ChangesetChecksumsTest {

    private static final Path RECORD = Path.of("src/test/resources/db/changeset-checksums.csv");
    private static final String HEADER = "changelog,id,author,checksum";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noChangesetOnRecordHasChangedAndEveryChangesetIsOnRecord() throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        jdbc.query("SELECT FILENAME, ID, AUTHOR, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED",
                rs -> { actual.put(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3), rs.getString(4)); });
        if (Boolean.getBoolean("checksums.record")) {
            record(actual);
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RECORD, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.equals(HEADER)) {
                continue;
            }
            int last = line.lastIndexOf(',');
            recorded.put(line.substring(0, last), line.substring(last + 1));
        }
        List<String> problems = new ArrayList<>();
        recorded.forEach((key, sum) -> {
            String now = actual.get(key);
            if (now == null) {
                problems.add(key + " is on record but no longer in the changelog: never delete a changeset.");
            } else if (!now.equals(sum)) {
                problems.add(key + " has changed (checksum " + sum + " on record, " + now + " now): never edit a "
                        + "changeset that is on main; undo the edit and add a new changeset.");
            }
        });
        actual.keySet().stream().filter(key -> !recorded.containsKey(key)).forEach(key -> problems.add(key
                + " is new and not on record: run this test once with -Dchecksums.record=true and commit the record."));
        assertThat(problems).as("changesets edited, removed or unrecorded").isEmpty();
    }

    private static void record(Map<String, String> actual) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        actual.forEach((key, sum) -> lines.add(key + "," + sum));
        Files.write(RECORD, lines, StandardCharsets.UTF_8);
    }
}
