package uk.co.goldenthread.framework.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.PerformanceTeamTest;
import uk.co.goldenthread.SignIn;
import uk.co.goldenthread.audit.AuditLog;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.framework.OutcomeLevel;
import uk.co.goldenthread.framework.structure.AreaForm;
import uk.co.goldenthread.framework.structure.DirectorateForm;
import uk.co.goldenthread.framework.structure.FrameworkStructureService;
import uk.co.goldenthread.framework.structure.OutcomeForm;
import uk.co.goldenthread.framework.structure.OutcomeNode;

/** The outcome tree, directorates and commissioning areas, and who may lead them. */
class FrameworkStructureServiceTest extends PerformanceTeamTest {

    @Autowired
    FrameworkStructureService structure;
    @Autowired
    FrameworkService framework;
    @Autowired
    AuditLog audit;

    @Test
    void outcomesFormATreeAndMoveWithEverythingUnderThem() {
        long vision = structure.addOutcome(new OutcomeForm("V", "Demoshire thrives", OutcomeLevel.VISION, null));
        long strategic = structure.addOutcome(new OutcomeForm("S1", "Residents live well", OutcomeLevel.STRATEGIC_OUTCOME, vision));
        long d3 = node("D3").id();
        structure.updateOutcome(d3, new OutcomeForm("D3", node("D3").title(), OutcomeLevel.COMMISSIONING_OBJECTIVE, strategic));

        OutcomeNode root = structure.outcomeTree().stream().filter(n -> n.code().equals("V")).findFirst().orElseThrow();
        assertThat(root.children()).singleElement().satisfies(s -> assertThat(s.children())
                .extracting(OutcomeNode::code).containsExactly("D3"));
        assertThat(structure.outcomeTree()).extracting(OutcomeNode::code).doesNotContain("D3");
        assertThat(audit.history(FrameworkStructureService.OUTCOME_SUBJECT, d3)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Outcome D3 Parent id");
            assertThat(r.oldValue()).isNull();
            assertThat(r.newValue()).isEqualTo(String.valueOf(strategic));
        });

        assertThatThrownBy(() -> structure.updateOutcome(vision, new OutcomeForm("V", "Demoshire thrives",
                OutcomeLevel.VISION, d3))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("Parent")).contains("cannot sit under itself"));
    }

    @Test
    void anOutcomeNeedsAFreeCodeATitleAndALevel() {
        assertThatThrownBy(() -> structure.addOutcome(new OutcomeForm("D1", "", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("Code", "Title", "Level"));
    }

    @Test
    void directoratesAndAreasAreLedByPeopleWhoHoldTheRole() {
        assertThatThrownBy(() -> structure.saveDirectorate(null, new DirectorateForm("Strategy and Commissioning of "
                + "People", personId("james.lewis")))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("Name")).contains("already a directorate");
                    assertThat(e.fieldErrors().get("Strategic Director")).isEqualTo(
                            "James Lewis does not hold the role Strategic Director.");
                });
        long communities = structure.saveDirectorate(null, new DirectorateForm("Communities", personId("owen.brennan")));
        long area = structure.saveArea(null, new AreaForm("Libraries", communities, personId("ruth.khan"),
                Set.of(personId("tom.nguyen"), personId("amy.evans"))));
        assertThat(framework.area(area)).satisfies(a -> {
            assertThat(a.directorateName()).isEqualTo("Communities");
            assertThat(a.strategicDirectorId()).isEqualTo(personId("owen.brennan"));
            assertThat(a.adDeliveryIds()).containsExactlyInAnyOrder(personId("tom.nguyen"), personId("amy.evans"));
        });

        assertThatThrownBy(() -> structure.saveArea(area, new AreaForm("Libraries", communities, personId("tom.nguyen"),
                Set.of(personId("clare.foster"))))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("AD Commissioning", "AD Delivery"));
        structure.saveArea(area, new AreaForm("Libraries and heritage", communities, personId("ruth.khan"), Set.of(personId("tom.nguyen"))));
        assertThat(framework.area(area).name()).isEqualTo("Libraries and heritage");
        assertThat(audit.history(FrameworkStructureService.AREA_SUBJECT, area)).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("Commissioning area Name");
            assertThat(r.oldValue()).isEqualTo("Libraries");
        });
    }

    @Test
    void onlyThePerformanceTeamChangesTheStructure() {
        SignIn.as(context, "clare.foster");
        assertThat(structure.directorates()).hasSizeGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> structure.saveDirectorate(null, new DirectorateForm("Mine", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private OutcomeNode node(String code) {
        return structure.outcomeTree().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }
}
