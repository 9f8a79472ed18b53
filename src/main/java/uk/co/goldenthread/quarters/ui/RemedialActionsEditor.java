package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.quarters.RemedialActionEntry;

/** The remedial actions of one measure: action, owner and due date, as many as needed. */
class RemedialActionsEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private @Nullable Paragraph error; // under the list, once there is an error to show
    private final Button add;

    RemedialActionsEditor(String measureCode, List<RemedialActionEntry> existing) {
        addClassName("remedial-actions");
        add = new Button("Add remedial action", e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setAriaLabel("Add remedial action for " + measureCode);
        add(Markup.of("remedial-actions-intro").text("h4", "Remedial actions")
                .paragraph("Required for a red measure: what will be done, by whom, by when.").build(), list, add);
        existing.forEach(this::addRow);
    }

    List<RemedialActionEntry> entries() {
        return rows.stream().map(Row::entry).toList();
    }

    /** Where the error summary takes the person: the first action's field, or the button that adds one. */
    Focusable<?> focusTarget() {
        return rows.isEmpty() ? add : rows.getFirst().action;
    }

    void showError(@Nullable String message) {
        if (error == null) {
            if (message == null) {
                return;
            }
            var shown = new Paragraph();
            shown.addClassName("field-error");
            shown.getElement().setAttribute("role", "alert");
            addComponentAtIndex(indexOf(add), shown);
            error = shown;
        }
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private void addRow(@Nullable RemedialActionEntry entry) {
        var row = new Row(entry);
        rows.add(row);
        list.add(row);
    }

    private final class Row extends Div {
        private final TextField action = new TextField("Action");
        private final TextField owner = new TextField("Owner");
        private final UkDatePicker due = new UkDatePicker("Due date");

        Row(@Nullable RemedialActionEntry entry) {
            addClassName("remedial-action");
            if (entry != null) {
                action.setValue(entry.action() == null ? "" : entry.action());
                owner.setValue(entry.owner() == null ? "" : entry.owner());
                due.setValue(entry.due());
            }
            add(action, owner, due, new Button("Remove", e -> {
                rows.remove(this);
                list.remove(this);
            }));
        }

        RemedialActionEntry entry() {
            return new RemedialActionEntry(action.getValue(), owner.getValue(), due.getValue());
        }
    }
}
