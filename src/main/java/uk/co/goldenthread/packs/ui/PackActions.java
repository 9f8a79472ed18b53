package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;
import uk.co.goldenthread.quarters.QuarterService;

/** The next step for one pack: record what Cabinet decided (naming the returns it referred back), then publish. */
class PackActions extends Section {

    PackActions(PackSummary pack, PackService packs, QuarterService quarters, Runnable afterChange) {
        addClassName("pack-actions");
        add(new H3(pack.title() + " (version " + pack.version() + ")"));
        if (pack.status() == PackStatus.COMPILED) {
            var decision = new Select<CabinetDecision>();
            decision.setLabel("Cabinet decision");
            decision.setItems(CabinetDecision.values());
            decision.setItemLabelGenerator(CabinetDecision::label);
            var meeting = new UkDatePicker("Date of the meeting");
            var referBack = new ReferBackFields(quarters.returnsOf(pack.quarterId()));
            referBack.setVisible(false);
            decision.addValueChangeListener(e -> referBack.setVisible(e.getValue() == CabinetDecision.REFERRED_BACK));
            var record = new Button("Record decision", e -> {
                boolean done = decision.getValue() == CabinetDecision.REFERRED_BACK
                        ? UserAction.attempt(() -> packs.referBack(pack.id(), meeting.getValue(), referBack.referrals(),
                                referBack.reason()), "Referred back: the named returns are reopened.")
                        : UserAction.attempt(() -> packs.recordDecision(pack.id(), decision.getValue(), meeting.getValue()),
                                "Cabinet decision recorded.");
                if (done) {
                    afterChange.run();
                }
            });
            add(decision, meeting, referBack, record);
        } else if (pack.decision() == CabinetDecision.REFERRED_BACK) {
            add(new Paragraph("Cabinet referred this version back. A new version is compiled once the reopened "
                    + "returns are signed off again; this one stays readable and is not published."));
        } else if (pack.status() == PackStatus.DECIDED) {
            var publish = new Button("Publish pack", e -> {
                if (UserAction.attempt(() -> packs.publish(pack.id()), "Pack published to Scrutiny and the public pages.")) {
                    afterChange.run();
                }
            });
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }
}
