package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.quarters.ProgressDetails;
import uk.co.goldenthread.quarters.ProgressEntry;
import uk.co.goldenthread.quarters.ProgressStatus;

/** One intention of a return: its milestones and the progress reported on it. */
class ProgressCard extends Section {

    private final ProgressDetails progress;
    private final Select<ProgressStatus> status = new Select<>();
    private final UkDatePicker asAt = new UkDatePicker("As at");
    private final TextArea commentary = new TextArea("Progress commentary");

    ProgressCard(ProgressDetails progress, boolean editable) {
        this.progress = progress;
        addClassName("measure-card");
        add(new H3("Intention " + progress.intention().code() + ": " + progress.intention().title()));
        var about = Markup.of("intention-milestones");
        if (progress.intention().milestones().isEmpty()) {
            about.paragraph("No milestones recorded.");
        } else {
            about.list(progress.intention().milestones().stream().map(m -> m.title()
                    + (m.due() == null ? "" : ", due " + UkDates.format(m.due()))).toList());
        }
        if (editable) {
            status.setLabel("Progress");
            status.setItems(ProgressStatus.values());
            status.setItemLabelGenerator(ProgressStatus::label);
            status.setValue(progress.status());
            asAt.setValue(progress.asAt());
            commentary.setValue(progress.commentary() == null ? "" : progress.commentary());
            commentary.setWidthFull();
            add(about.build(), status, asAt, commentary);
        } else {
            add(about.paragraph("Progress: " + (progress.status() == null ? "Not reported" : progress.status().label())
                    + (progress.asAt() == null ? "" : " as at " + UkDates.format(progress.asAt())))
                    .paragraph(progress.commentary() == null ? "No commentary." : progress.commentary()).build());
        }
    }

    ProgressEntry entry() {
        return new ProgressEntry(progress.progressId(), status.getValue(), asAt.getValue(), commentary.getValue());
    }

    String code() {
        return progress.intention().code();
    }

    /** Shows this intention's message beside its progress, and gives it back for the error summary. */
    List<ErrorSummary.Item> showErrors(Map<String, String> errors) {
        String message = errors.get(progress.intention().code() + " progress");
        status.setInvalid(message != null);
        status.setErrorMessage(message);
        return message == null ? List.of()
                : List.of(new ErrorSummary.Item(progress.intention().code() + " progress: " + message, status));
    }
}
