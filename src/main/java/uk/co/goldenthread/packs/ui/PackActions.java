package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.base.ui.UserAction;
import uk.co.goldenthread.packs.CabinetDecision;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackStatus;
import uk.co.goldenthread.packs.PackSummary;

/** The next step for one pack: record what Cabinet decided, then publish. */
class PackActions extends Section {

    PackActions(PackSummary pack, PackService packs, Runnable afterChange) {
        addClassName("pack-actions");
        add(new H3(pack.title() + " (version " + pack.version() + ")"));
        if (pack.status() == PackStatus.COMPILED) {
            var decision = new Select<CabinetDecision>();
            decision.setLabel("Cabinet decision");
            decision.setItems(CabinetDecision.values());
            decision.setItemLabelGenerator(CabinetDecision::label);
            var meeting = new UkDatePicker("Date of the meeting");
            var record = new Button("Record decision", e -> {
                if (UserAction.attempt(() -> packs.recordDecision(pack.id(), decision.getValue(), meeting.getValue()),
                        "Cabinet decision recorded.")) {
                    afterChange.run();
                }
            });
            add(decision, meeting, record);
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
