package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.packs.CommentaryCorrection;
import uk.co.goldenthread.packs.CommentaryCorrection.Commentary;
import uk.co.goldenthread.packs.CorrectionSummary;
import uk.co.goldenthread.packs.PackCorrectionService;
import uk.co.goldenthread.packs.PackLineRow;
import uk.co.goldenthread.packs.PackSummary;

/**
 * A typo in a published version's commentary: one member of the Performance Team proposes the corrected wording;
 * a second one approves it (publishing the next version) or rejects it. The service refuses the proposer's approval.
 */
class CommentaryCorrectionForm extends Section {

    CommentaryCorrectionForm(PackSummary pack, List<PackLineRow> lines, PackCorrectionService corrections,
            Runnable afterChange) {
        addClassName("commentary-correction");
        var errors = new ErrorSummary();
        add(new H4("Correct a typo in the commentary of " + pack.title().replace("Performance report ", "")
                + ", version " + pack.version()), errors);
        List<CorrectionSummary> waiting = corrections.waiting(pack.id());
        if (!waiting.isEmpty()) {
            CorrectionSummary c = waiting.getFirst();
            add(new Paragraph("Waiting for a second member of the Performance Team: " + c.measureCode() + " ("
                    + c.commissioningArea() + ") " + c.commentary().label() + " to read \"" + c.newText()
                    + "\". Reason: " + c.reason() + ". Change note: " + c.changeNote() + "."));
            var rejection = new TextArea(CommentaryCorrection.REASON);
            rejection.setHelperText("Only to reject it: why it is not published");
            add(rejection, new Button("Approve and publish version " + (pack.version() + 1), e -> {
                if (errors.attempt(this, () -> corrections.approve(c.id()), "Correction approved and published as "
                        + "version " + (pack.version() + 1) + ".")) {
                    afterChange.run();
                }
            }), new Button("Reject the correction", e -> {
                if (errors.attempt(this, () -> corrections.reject(c.id(), rejection.getValue()),
                        "Correction rejected.")) {
                    afterChange.run();
                }
            }));
            return;
        }
        var line = new Select<PackLineRow>();
        line.setLabel(CommentaryCorrection.MEASURE);
        line.setItems(lines);
        line.setItemLabelGenerator(l -> l.code() + " " + l.title() + " (" + l.commissioningArea() + ")");
        var whose = new Select<Commentary>();
        whose.setLabel("Whose commentary");
        whose.setItems(Commentary.values());
        whose.setItemLabelGenerator(Commentary::label);
        whose.setValue(Commentary.DELIVERY);
        var text = new TextArea(CommentaryCorrection.TEXT);
        line.addValueChangeListener(e -> text.setValue(e.getValue() == null || e.getValue().commentary() == null ? ""
                : e.getValue().commentary()));
        var reason = new TextArea(CommentaryCorrection.REASON);
        var note = new TextArea(CommentaryCorrection.NOTE);
        note.setHelperText("Shown on the public page as \"Corrected on <date>: <note>\"");
        add(line, whose, text, reason, note, new Button("Propose the correction", e -> {
            PackLineRow chosen = line.getValue();
            if (errors.attempt(this, () -> corrections.propose(pack.id(), new CommentaryCorrection(
                    chosen == null ? null : chosen.code(), chosen == null ? null : chosen.commissioningArea(),
                    whose.getValue(), text.getValue(), reason.getValue(), note.getValue())),
                    "Correction proposed: a second member of the Performance Team approves it.")) {
                afterChange.run();
            }
        }));
    }
}
