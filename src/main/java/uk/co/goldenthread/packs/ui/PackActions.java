package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.Confirmation;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.QuarterService;

/**
 * The next step for one pack: publish the Cabinet papers, record what Cabinet decided (naming the returns it
 * referred back), or publish to Scrutiny. Each public step asks for confirmation. A published version is corrected
 * through its returns (ReturnsCorrectionForm) or, for a typo in commentary, by two people (CommentaryCorrectionForm).
 */
class PackActions extends Section {

    private final PackSummary pack;
    private final PackService packs;
    private final Runnable afterChange;
    private final ErrorSummary errors = new ErrorSummary();

    PackActions(PackSummary pack, PackService packs, QuarterService quarters, Clock clock, Runnable afterChange) {
        this.pack = pack;
        this.packs = packs;
        this.afterChange = afterChange;
        addClassName("pack-actions");
        add(new H3(pack.title() + " (version " + pack.version() + ")"), errors);
        String period = pack.title().replace("Performance report ", "");
        String meeting = pack.cabinetMeeting() == null ? "the Cabinet meeting" : UkDates.format(pack.cabinetMeeting());
        if (pack.status() == PackStatus.COMPILED) {
            LocalDate dispatch = quarters.get(pack.quarterId()).publicationDate();
            add(new Paragraph("Not public yet. The Cabinet papers must be public at least 5 clear working days before "
                    + "the meeting of " + meeting + ": by " + UkDates.format(dispatch) + "."));
            var lateReason = new TextArea(PackService.LATE_REASON);
            lateReason.setHelperText("Only after " + UkDates.format(dispatch) + ": why the chair agreed to take the "
                    + "report late");
            lateReason.setVisible(LocalDate.now(clock).isAfter(dispatch));
            add(lateReason, confirmed("Publish Cabinet papers", "Publish the Cabinet papers for " + meeting + "?",
                    "This makes " + period + " (version " + pack.version() + ") public on the council's website now, "
                            + "as the Cabinet papers. It cannot be undone.",
                    "Publish Cabinet papers", () -> packs.publishPapers(pack.id(), lateReason.getValue()),
                    "Cabinet papers published."));
        } else if (pack.status() == PackStatus.PAPERS_PUBLISHED) {
            var decision = new Select<CabinetDecision>();
            decision.setLabel("Cabinet decision");
            decision.setItems(CabinetDecision.values());
            decision.setItemLabelGenerator(CabinetDecision::label);
            var date = new UkDatePicker("Date of the meeting");
            date.setHelperText("The day Cabinet met: " + (pack.cabinetMeeting() == null ? "" : "from "
                    + meeting + ", ") + "not after today. " + UkDatePicker.EXAMPLE);
            date.allowOnly(pack.cabinetMeeting(), LocalDate.now(clock)); // the days the service accepts
            var minute = new TextArea("Minute");
            var referBack = new ReferBackFields(quarters.returnsOf(pack.quarterId()));
            referBack.setVisible(false);
            decision.addValueChangeListener(e -> referBack.setVisible(e.getValue() == CabinetDecision.REFERRED_BACK));
            errors.name("Decision", decision).name("Reason", referBack.reasonField());
            Runnable recordIt = () -> {
                boolean done = decision.getValue() == CabinetDecision.REFERRED_BACK
                        ? errors.attempt(this, () -> packs.referBack(pack.id(), date.getValue(),
                                referBack.referrals(), referBack.reason()), "Referred back: the named returns are reopened.")
                        : errors.attempt(this, () -> packs.recordDecision(pack.id(), decision.getValue(),
                                date.getValue(), minute.getValue()), "Cabinet decision recorded.");
                if (done) {
                    afterChange.run();
                }
            };
            var record = new Button("Record decision", e -> {
                CabinetDecision chosen = decision.getValue();
                if (chosen == null || date.getValue() == null) {
                    recordIt.run(); // the service names what is missing, beside nothing irreversible
                    return;
                }
                Confirmation.ask("Record Cabinet's decision: " + chosen.label() + "?",
                        "This records that Cabinet's meeting of " + UkDates.format(date.getValue()) + " decided \""
                                + chosen.label() + "\" on " + period + " (version " + pack.version() + "). "
                                + (chosen == CabinetDecision.REFERRED_BACK
                                        ? "The returns you named are reopened for their authors. "
                                        : "")
                                + "A recorded decision cannot be changed.",
                        "Record decision: " + chosen.label(), recordIt);
            });
            add(decision, date, minute, referBack, record);
        } else if (pack.decision() == CabinetDecision.REFERRED_BACK) {
            add(new Paragraph("Cabinet referred this version back. A new version is compiled once the reopened "
                    + "returns are signed off again; this one stays readable here and is not public."));
        } else if (pack.status() == PackStatus.DECIDED) {
            add(confirmed("Publish pack", "Publish " + period + " to the public?",
                    "This publishes version " + pack.version() + " to the Scrutiny Committee and the public pages, "
                            + "and marks every return of the quarter Published. It cannot be undone.",
                    "Publish " + period + " to the public", () -> packs.publish(pack.id()), "Pack published to Scrutiny and the public pages."));
        }
    }

    private Button confirmed(String label, String header, String consequence, String confirmText, Runnable action,
            String success) {
        var button = new Button(label, e -> Confirmation.ask(header, consequence, confirmText, () -> {
            if (errors.attempt(this, action, success)) {
                afterChange.run();
            }
        }));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
