package uk.co.goldenthread.framework.intentions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.framework.intentions.IntentionService;
import uk.co.goldenthread.framework.IntentionSummary;

/** The milestones of one intention and when each is due: add or remove them. */
class MilestonesPanel extends Section {

    private final IntentionService intentions;
    private final Runnable onChange;
    private final H3 heading = new H3();
    private final Grid<IntentionSummary.Milestone> grid = new Grid<>();
    private final TextField title = new TextField("Milestone");
    private final UkDatePicker due = new UkDatePicker("Due");
    private final ErrorSummary errors = new ErrorSummary();
    private @Nullable IntentionSummary intention;

    MilestonesPanel(IntentionService intentions, Runnable onChange) {
        this.intentions = intentions;
        this.onChange = onChange;
        grid.addColumn(IntentionSummary.Milestone::title).setHeader("Milestone").setKey("title").setFlexGrow(1);
        grid.addColumn(m -> UkDates.format(m.due())).setHeader("Due").setKey("due").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            var remove = new Button("Remove", e -> change(() -> intentions.removeMilestone(shown().id(), m.id()),
                    "Milestone removed."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove " + m.title());
            return remove;
        }).setHeader("").setKey("remove").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Milestones");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var add = new Button("Add milestone", e -> change(() -> intentions.addMilestone(shown().id(),
                title.getValue(), due.getValue()), "Milestone added."));
        add(heading, errors, grid, new Div(title, due, add));
        addClassName("admin-panel");
        setVisible(false);
    }

    boolean showing(long intentionId) {
        return intention != null && intention.id() == intentionId;
    }

    void show(IntentionSummary chosen) {
        intention = chosen;
        heading.setText("Milestones of " + chosen.code());
        errors.clear();
        grid.setItems(chosen.milestones());
        setVisible(true);
    }

    private IntentionSummary shown() {
        if (intention == null) {
            throw new IllegalStateException("The milestones panel acts only once an intention is shown");
        }
        return intention;
    }

    private void change(Runnable action, String message) {
        if (errors.attempt(this, action, message)) {
            title.clear();
            due.clear();
            onChange.run();
        }
    }
}
