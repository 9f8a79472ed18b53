package uk.co.goldenthread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.TestMeasure;
import uk.co.goldenthread.framework.intentions.IntentionForm;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.io.FrameworkImportService;
import uk.co.goldenthread.framework.io.ImportFile;
import uk.co.goldenthread.framework.io.ImportOptions;
import uk.co.goldenthread.framework.io.ImportProblem;
import uk.co.goldenthread.framework.io.ProgressListener;
import uk.co.goldenthread.framework.measures.FrameworkAdminService;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.structure.DirectorateForm;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.structure.OutcomeForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;
import uk.co.goldenthread.quarters.RemedialActionEntry;
import uk.co.goldenthread.quarters.ReturnDetails;
import uk.co.goldenthread.quarters.ReturnEdit;
import uk.co.goldenthread.quarters.ReturnService;

/**
 * A value one character longer than its field holds is refused beside that field, naming the limit, with nothing
 * saved: on the framework's forms, in an import and on a return. The database never has to cut or refuse it.
 */
class TooLongValuesTest extends PerformanceTeamTest {

    @Autowired
    FrameworkStructureService structure;
    @Autowired
    FrameworkAdminService admin;
    @Autowired
    FrameworkImportService imports;
    @Autowired
    ReturnService returns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IntentionService intentions;
    @Autowired
    FrameworkVersionService versions;

    @Test
    void namesLongerThanTheirFieldsAreRefusedOnTheForms() {
        long directorate = structure.saveDirectorate(null, new DirectorateForm("Short", null));
        assertThat(refused(() -> structure.saveDirectorate(null, new DirectorateForm("D".repeat(301), null))))
                .containsEntry("Name", "Keep the name to 300 characters; this has 301.");
        assertThat(refused(() -> structure.saveArea(null, new AreaForm("A".repeat(301), directorate, null, Set.of()))))
                .containsEntry("Name", "Keep the name to 300 characters; this has 301.");
        assertThat(refused(() -> structure.addOutcome(new OutcomeForm("O9", "T".repeat(501),
                OutcomeLevel.STRATEGIC_OUTCOME, null)))).containsEntry("Title", "Keep the title to 500 characters; this has 501.");
    }

    @Test
    void intentionsMilestonesAndFrameworkVersionsRefuseTextsLongerThanTheirFields() {
        assertThat(refused(() -> intentions.saveIntention(null, new IntentionForm("INT-LONG", "T".repeat(501),
                IntentionKind.SERVICE, null, null, null, false, Set.of()))))
                .containsEntry("Title", "Keep the title to 500 characters; this has 501.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intention WHERE code = 'INT-LONG'", Long.class)).isZero();
        long intention = intentions.saveIntention(null, new IntentionForm("INT-LONG", "A short title",
                IntentionKind.MILESTONE, null, null, null, false, Set.of()));
        assertThat(refused(() -> intentions.addMilestone(intention, "M".repeat(501), LocalDate.of(2031, 3, 31))))
                .containsEntry("Milestone", "Keep the milestone to 500 characters; this has 501.");
        assertThat(refused(() -> versions.addVersion(new FrameworkVersionForm("V".repeat(301), LocalDate.of(2036, 4, 1),
                null, null)))).containsEntry("Name", "Keep the name to 300 characters; this has 301.");
        assertThat(refused(() -> structure.saveDirectorate(null, new DirectorateForm("D".repeat(10_001), null))))
                .as("numbers are written the UK way").containsEntry("Name",
                        "Keep the name to 300 characters; this has 10,001.");
    }

    @Test
    void aMeasuresLongTextsAreRefusedBesideTheirFields() {
        var measure = new TestMeasure("LONG1", "A measure with long texts");
        measure.definition = "d".repeat(10_001);
        measure.baselinePeriod = "p".repeat(41);
        assertThat(refused(() -> admin.addMeasure(measure.form())))
                .containsEntry("Definition", "Keep the definition to 10,000 characters; this has 10,001.")
                .containsEntry("Baseline period", "Keep the baseline period to 40 characters; this has 41.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE code = 'LONG1'", Long.class)).isZero();
    }

    @Test
    void anImportedTextLongerThanItsFieldIsAProblemNamingItsRowAndColumn() {
        String measures = "code,type,title,definition,directorate,commissioning area,outcome,owner,unit,decimal places,"
                + "polarity,band lower,band upper,tolerance,frequency,data source,baseline value,baseline period,proxy,"
                + "proxy rationale,status,new or carried over,oba,scorecard block,improvement category,"
                + "improvement lead,notes\nLONG2,KBI,A long definition," + "€".repeat(10_001) + ",,,,,number,0,"
                + "higher is better,,,,quarterly,,,,,,active,,,,,,\n";
        var file = new ImportFile("measures.csv", measures.getBytes(StandardCharsets.UTF_8));
        List<String> problems = imports.preview(List.of(file), ImportOptions.DEFAULT, ProgressListener.NONE).problems()
                .stream().map(ImportProblem::message).toList();
        assertThat(problems).anyMatch(m -> m.contains("definition") && m.contains("10001 characters")
                && m.contains("10000"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure WHERE code = 'LONG2'", Long.class)).isZero();
    }

    @Test
    void aRemedialActionLongerThanItsFieldsIsRefusedAndNothingOnTheReturnIsSaved() {
        var journeys = new Journeys(context);
        long quarterId = journeys.openQuarter(2031, 2).id();
        long returnId = journeys.returnOf(quarterId, "Strategic Finance").id();
        SignIn.as(context, "james.lewis");
        ReturnDetails ret = returns.get(returnId);
        LineDetails line = ret.lines().stream().filter(LineDetails::due).findFirst().orElseThrow();
        var longOwner = new RemedialActionEntry("Review the budget", "o".repeat(201), LocalDate.of(2032, 3, 31));
        var longAction = new RemedialActionEntry("a".repeat(1_001), "Head of Finance", LocalDate.of(2032, 3, 31));
        var tooMany = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new RemedialActionEntry("Action " + i, "Owner", LocalDate.of(2032, 3, 31))).toList();
        String code = line.measure().code();
        assertThat(refused(() -> returns.save(ReturnEdit.ofLines(returnId, ret.version(),
                List.of(new LineEntry(line.lineId(), "50", "Commentary", null, List.of(longOwner, longAction), null))))))
                .containsEntry(code + " remedial actions", "Keep each remedial action to 1000 characters and its owner "
                        + "to 200; action 1 has an owner of 201 characters, action 2 has an action of 1001 characters.");
        assertThat(refused(() -> returns.save(ReturnEdit.ofLines(returnId, ret.version(),
                List.of(new LineEntry(line.lineId(), "50", "Commentary", null, tooMany, null))))))
                .containsEntry(code + " remedial actions", "Give at most 10 remedial actions; this has 11.");
        assertThat(returns.get(returnId).lines().stream().filter(l -> l.lineId() == line.lineId()).findFirst()
                .orElseThrow().commentary()).as("nothing was saved").isNull();
    }

    private static Map<String, String> refused(Runnable save) {
        try {
            save.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("the save was not refused");
    }

}
