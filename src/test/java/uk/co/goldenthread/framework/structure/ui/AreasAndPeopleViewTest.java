package uk.co.goldenthread.framework.structure.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.co.goldenthread.AdminUiTest;
import uk.co.goldenthread.framework.structure.DirectorateSummary;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

class AreasAndPeopleViewTest extends AdminUiTest {

    @Test
    void aDirectorateAndAnAreaAreAddedWithTheirPeopleChosenByRole() {
        signInAndOpen("priya.shah", "areas");
        assertThat(column(grid("Commissioning areas"), "commissioning")).contains("Clare Foster", "Daniel Okafor");

        click("New directorate");
        fill("Name", "Strategy and Commissioning of Communities");
        fill("Strategic Director", person("owen.brennan"));
        click("Save directorate");
        assertThat(notificationTexts()).contains("Directorate added.");
        assertThat(column(grid("Directorates"), "director")).contains("Owen Brennan");

        click("New commissioning area");
        fill("Name", "Libraries");
        @SuppressWarnings("unchecked")
        Grid<DirectorateSummary> directorates = (Grid<DirectorateSummary>) grid("Directorates");
        fill("Directorate", directorates.getListDataView().getItems()
                .filter(d -> d.name().endsWith("Communities")).findFirst().orElseThrow());
        fill("AD Commissioning", person("ruth.khan"));
        fill("AD Delivery", Set.of(person("tom.nguyen"), person("amy.evans")));
        click("Save commissioning area");

        assertThat(notificationTexts()).contains("Commissioning area added.");
        assertThat(column(grid("Commissioning areas"), "delivery")).contains("Amy Evans, Tom Nguyen");
    }

    @Test
    void aPersonsRolesChangeAndALeaverIsEndDatedAndGivenNoDeputyAfterwards() {
        signInAndOpen("priya.shah", "people");
        fill("Search by name or username", "lewis");
        assertThat(column(grid("People"), "name")).containsExactly("James Lewis");
        @SuppressWarnings("unchecked")
        Grid<PersonSummary> people = (Grid<PersonSummary>) grid("People");
        people.select(person("james.lewis"));
        fill("Roles", Set.of(Role.AD_DELIVERY, Role.AD_COMMISSIONING));
        click("Save person");
        assertThat(column(grid("People"), "roles")).containsExactly("AD Commissioning, AD Delivery");

        people.select(people.getListDataView().getItem(0));
        fill("Deputy", person("amy.evans"));
        fill("From", LocalDate.of(2027, 1, 4));
        fill("To", LocalDate.of(2027, 1, 1));
        click("Add deputy");
        assertThat(errorOf("To")).isEqualTo("The last day must be on or after the first day.");
        fill("To", LocalDate.of(2027, 1, 15));
        click("Add deputy");
        assertThat(column(grid("Deputies"), "from")).containsExactly("4 Jan 2027");

        fill("Left on", LocalDate.of(2026, 3, 31));
        click("Mark as leaver");
        assertThat(notificationTexts()).contains("Leaving date recorded.");
        assertThat(column(grid("People"), "leftOn")).containsExactly("31 Mar 2026");
        assertThat(pageText()).contains("their name stays in the history");
    }

    private PersonSummary person(String username) {
        return context.getBean(PeopleService.class).findByUsername(username).orElseThrow();
    }
}
