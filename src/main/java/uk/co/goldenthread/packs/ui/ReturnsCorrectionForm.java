package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.co.goldenthread.base.ui.Confirmation;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.packs.ReturnsCorrectionService;
import uk.co.goldenthread.packs.ReturnsCorrectionSummary;
import uk.co.goldenthread.quarters.ReturnSummary;

/**
 * A correction of the latest published version through its returns: the change note and the returns that go back to
 * their AD Delivery; while they are on their route, where it stands and withdrawing it; once the next version is
 * compiled, publishing it.
 * A refusal is shown beside its field and in a summary at the top; nothing is changed.
 */
class ReturnsCorrectionForm extends Section {

    private final ReturnsCorrectionService corrections;
    private final Runnable afterChange;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextArea note = new TextArea(ReturnsCorrectionService.NOTE);
    private final CheckboxGroup<ReturnSummary> returns = new CheckboxGroup<>(ReturnsCorrectionService.RETURNS);

    ReturnsCorrectionForm(PackSummary pack, ReturnsCorrectionService corrections, Runnable afterChange) {
        this.corrections = corrections;
        this.afterChange = afterChange;
        addClassName("returns-correction");
        String period = pack.title().replace("Performance report ", "");
        if (pack.status() == PackStatus.COMPILED) {
            add(new H4("Publish the correction of " + period), errors, new Paragraph("Version " + pack.version()
                    + " was compiled from the corrected returns. Publishing it puts it on the public pages at once, "
                    + "with the note \"" + pack.correctionNote() + "\"; every earlier version stays readable."),
                    confirmed(new Button("Publish the correction (version " + pack.version() + ")"),
                            "Publish the correction of " + period + "?", "This publishes version " + pack.version()
                                    + " to the Scrutiny Committee and the public pages with the note \""
                                    + pack.correctionNote() + "\". It cannot be undone.",
                            "Publish version " + pack.version(), () -> corrections.publish(pack.id()),
                            "Correction published as version " + pack.version() + "."));
            return;
        }
        add(new H4("Correct " + period + " through its returns"), errors);
        ReturnsCorrectionSummary open = corrections.openFor(pack.quarterId());
        if (open != null) {
            add(new Paragraph("A correction is open: " + open.changeNote() + ". Sent back to their AD Delivery: "
                    + String.join(", ", open.returns()) + ". Version " + (pack.version() + 1) + " can be compiled "
                    + "once they are signed off again."));
            withdrawal(pack, open, period);
            return;
        }
        add(new Paragraph("For a change to the figures or the commentary of some returns: they go back to their AD "
                + "Delivery and through review and sign-off again; then version " + (pack.version() + 1) + " is "
                + "compiled and published with your note. Version " + pack.version() + " stays public meanwhile."));
        note.setHelperText("Shown on the public page as \"Corrected on <date>: <note>\"");
        note.setWidthFull();
        returns.setItems(corrections.returnsToChooseFrom(pack.id()));
        returns.setItemLabelGenerator(ReturnsCorrectionService::label);
        var send = new Button("Send the returns back", e -> {
            Runnable openIt = () -> attempt(() -> corrections.open(pack.id(), note.getValue(), ids()),
                    "Correction opened: the returns are back with their AD Delivery.");
            if (note.getValue().isBlank() || returns.getSelectedItems().isEmpty()) {
                openIt.run(); // the service names what is missing
                return;
            }
            Confirmation.ask("Send " + returns.getSelectedItems().size() + " return(s) back for the correction?",
                    "This sends " + String.join(", ", returns.getSelectedItems().stream()
                            .map(ReturnsCorrectionService::label).toList()) + " back to their AD Delivery, through "
                            + "review and sign-off again. Version " + pack.version() + " stays public until the "
                            + "correction is published.", "Send the returns back", openIt);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, returns, send);
    }

    /** Withdrawing the open correction: a reason, then a confirmation, since it cannot be undone. */
    private void withdrawal(PackSummary pack, ReturnsCorrectionSummary open, String period) {
        var reason = new TextArea(ReturnsCorrectionService.WITHDRAWAL_REASON);
        reason.setHelperText("Kept in the audit trail of the pack and of each return");
        reason.setWidthFull();
        Runnable withdrawIt = () -> attempt(() -> corrections.withdraw(pack.id(), reason.getValue()),
                "Correction withdrawn: the returns are back as version " + pack.version() + " published them.");
        var withdraw = new Button("Withdraw this correction", e -> {
            if (reason.getValue().isBlank()) {
                withdrawIt.run(); // the service names what is missing
                return;
            }
            Confirmation.ask("Withdraw the correction of " + period + "?", "This ends the route of "
                    + String.join(", ", open.returns()) + " and puts each back as version " + pack.version()
                    + " published it: its status, and any values, commentary, remedial actions and progress changed "
                    + "since the correction opened. It cannot be undone.", "Withdraw the correction", withdrawIt);
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(reason, withdraw);
    }

    private List<Long> ids() {
        return returns.getSelectedItems().stream().map(ReturnSummary::id).toList();
    }

    private Button confirmed(Button button, String header, String consequence, String confirmText, Runnable action,
            String success) {
        button.addClickListener(e -> Confirmation.ask(header, consequence, confirmText, () -> attempt(action, success)));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** Runs the step; a refusal is shown beside its field and in the summary at the top, a success as a message. */
    private void attempt(Runnable action, String success) {
        if (errors.attempt(this, action, success)) {
            afterChange.run();
        }
    }
}
