package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.framework.measures.MeasureRevisionService;
import uk.co.goldenthread.framework.versions.FrameworkVersionSummary;
import uk.co.goldenthread.framework.measures.MeasureForm;
import uk.co.goldenthread.framework.MeasureSummary;

/** Replaces a measure from a framework version onwards: the old one keeps its values, a successor takes the changes. */
class ReviseDialog extends Dialog {

    ReviseDialog(MeasureSummary measure, MeasureForm changes, MeasureRevisionService admin,
            List<FrameworkVersionSummary> versions, Runnable onRevised) {
        setHeaderTitle("Revise " + measure.code() + " in a new framework version");
        var version = new Select<FrameworkVersionSummary>();
        version.setLabel("Framework version");
        version.setItems(versions);
        version.setItemLabelGenerator(v -> v.name() + " (cut-over " + UkDates.format(v.cutOverDate()) + ")");
        var code = new TextField("New code");
        code.setHelperText("Leave empty for " + measure.code() + "-2");
        var comparable = new Checkbox("The new definition is comparable with the old one");
        comparable.setHelperText("Then the successor's history, trend and direction of travel continue from "
                + measure.code() + "'s values, and it starts with " + measure.code() + "'s targets (you can change them).");
        var errors = new ErrorSummary();
        add(errors, new Paragraph(measure.code() + " is reported until the cut-over of the version you choose, then retired; it "
                + "keeps every value reported for it. A successor with the changes you made is introduced from that "
                + "cut-over."));
        if (versions.isEmpty()) {
            add(new Paragraph("There is no framework version yet: add one under Framework versions first."));
        }
        add(version, code, comparable);
        var revise = new Button("Revise measure", e -> {
            if (version.getValue() == null) {
                errors.showFieldErrors(this, Map.of("Framework version", "Choose the version from which the change applies."));
                return;
            }
            if (errors.attempt(this, () -> admin.reviseMeasure(measure.id(), version.getValue().id(),
                    code.getValue(), changes, comparable.getValue()), measure.code() + " revised in " + version.getValue().name() + ".")) {
                close();
                onRevised.run();
            }
        });
        revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), revise);
    }
}
