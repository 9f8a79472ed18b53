package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * The longest values every field accepts travel end to end, whole: imported into the framework, reported in a return,
 * reviewed, signed off and compiled into the pack and its files. Text is in accented letters (two bytes each) so that
 * a column counted in bytes rather than characters fails too.
 */
@SpringBootTest
@Transactional
class LongestValuesTest {

    static final String CODE = text("LONG-", 40).toUpperCase();
    static final String DIRECTORATE = text("Directorate ", 300);
    static final String AREA = text("Area ", 300);
    static final String OUTCOME = text("O-", 40);
    static final String OUTCOME_TITLE = text("Outcome ", 500);
    static final String TITLE = text("Title ", 500);
    static final String DATA_SOURCE = text("Source ", 500);
    static final String DEFINITION = text("Definition ", 10_000);
    static final String NOTES = text("Notes ", 10_000);
    static final String COMMENTARY = text("Commentary ", LineEntry.MAX_TEXT);
    static final String DATA_AS_AT = text("As at ", 40);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReturnService returns;
    @Autowired
    PackService packs;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theLongestValuesEveryFieldAcceptsReachThePackWhole() {
        importLongFramework();
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2031, 3).id();
        List<RemedialActionEntry> actions = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new RemedialActionEntry(text("Action " + i + " ", 1_000),
                        text("Owner " + i + " ", 200), LocalDate.of(2032, 3, 31)))
                .toList();
        for (ReturnSummary r : journeys.returnsOf(quarterId)) {
            if (!r.areaName().equals(AREA)) {
                journeys.fillIn(r.id(), Map.of());
                journeys.submit(r.id());
            } else {
                SignIn.as(context, "james.lewis");
                ReturnDetails ret = returns.get(r.id());
                LineDetails line = ret.lines().stream().filter(l -> l.measure().code().equals(CODE)).findFirst()
                        .orElseThrow();
                returns.submit(ReturnEdit.ofLines(r.id(), ret.version(),
                        List.of(new LineEntry(line.lineId(), "12.5", COMMENTARY, null, actions, DATA_AS_AT))));
                ReturnDetails submitted = returns.get(r.id());
                LineDetails saved = submitted.lines().stream().filter(l -> l.measure().code().equals(CODE))
                        .findFirst().orElseThrow();
                assertThat(saved.commentary()).isEqualTo(COMMENTARY);
                assertThat(saved.dataAsAt()).isEqualTo(DATA_AS_AT);
                assertThat(saved.remedialActions()).isEqualTo(actions);
            }
            journeys.approve(r.id());
            journeys.signOff(r.id());
        }
        SignIn.as(context, "priya.shah");
        PackSummary pack = packs.compile(quarterId);

        PackLineRow row = packs.content(pack.id()).lines().stream().filter(l -> l.code().equals(CODE)).findFirst()
                .orElseThrow();
        assertThat(row.title()).isEqualTo(TITLE);
        assertThat(row.directorate()).isEqualTo(DIRECTORATE);
        assertThat(row.commissioningArea()).isEqualTo(AREA);
        assertThat(row.objective()).isEqualTo(OUTCOME_TITLE);
        assertThat(row.commentary()).isEqualTo(COMMENTARY);
        assertThat(row.remedialActions()).contains(actions.getLast().action(), actions.getLast().owner());
        String csv = new String(file(pack, "pack.csv"), StandardCharsets.UTF_8);
        assertThat(csv.contains(TITLE)).as("pack.csv holds the whole title").isTrue();
        assertThat(csv.contains(AREA)).as("pack.csv holds the whole area name").isTrue();
        String json = new String(file(pack, "pack.json"), StandardCharsets.UTF_8);
        assertThat(json.contains(CODE) && json.contains(TITLE) && json.contains(COMMENTARY))
                .as("pack.json holds the whole code, title and commentary").isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE new_value = ?", Long.class, COMMENTARY))
                .as("the commentary is audited whole").isEqualTo(1);
    }

    private void importLongFramework() {
        SignIn.as(context, "priya.shah");
        String directorates = "name,strategic director\n" + csv(DIRECTORATE) + ",helen.marsh\n";
        String areas = "name,directorate,ad commissioning,ad delivery\n" + csv(AREA) + "," + csv(DIRECTORATE)
                + ",clare.foster,james.lewis\n";
        String outcomes = "code,title,parent,level\n" + csv(OUTCOME) + "," + csv(OUTCOME_TITLE) + ",,Strategic outcome\n";
        String measures = "code,type,title,definition,directorate,commissioning area,outcome,owner,unit,decimal places,"
                + "polarity,band lower,band upper,tolerance,frequency,data source,baseline value,baseline period,proxy,"
                + "proxy rationale,status,new or carried over,oba,scorecard block,improvement category,"
                + "improvement lead,notes\n"
                + String.join(",", csv(CODE), "KBI", csv(TITLE), csv(DEFINITION), csv(DIRECTORATE), csv(AREA),
                        csv(OUTCOME), "james.lewis", "%", "1", "higher is better", "", "", "5", "quarterly",
                        csv(DATA_SOURCE), "81.4", "2018/19", "yes", csv(NOTES), "active", "new", "", "", "", "",
                        csv(NOTES)) + "\n";
        String targets = "measure,financial year,quarter,target\n" + csv(CODE) + ",2031/32,Q3,90\n";
        context.getBean(FrameworkImportService.class).apply(List.of(file("directorates.csv", directorates),
                file("commissioning-areas.csv", areas), file("outcomes.csv", outcomes), file("measures.csv", measures),
                file("targets.csv", targets)), ImportOptions.DEFAULT, ProgressListener.NONE);
    }

    private byte[] file(PackSummary pack, String name) {
        return jdbc.queryForObject("SELECT content FROM pack_file WHERE pack_id = ? AND file_name = ?", byte[].class,
                pack.id(), name);
    }

    private static ImportFile file(String name, String csv) {
        return new ImportFile(name, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Exactly {@code length} characters: the start, then three-byte letters (€) with a space now and then. */
    static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append(text.length() % 9 == 8 && text.length() < length - 1 ? ' ' : '€');
        }
        return text.substring(0, length);
    }
}
