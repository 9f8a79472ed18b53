package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.UkDates;

/** What others changed in a return since the reviewer last looked at it. */
class ChangesSinceLastLook extends Details {

    ChangesSinceLastLook(List<AuditRecord> changes) {
        setSummaryText("Changes since you last looked (" + changes.size() + ")");
        setOpened(!changes.isEmpty());
        addClassName("changes-since");
        if (changes.isEmpty()) {
            add(new Paragraph("Nothing has changed since you last looked."));
            return;
        }
        var list = new UnorderedList();
        for (AuditRecord change : changes) {
            list.add(new ListItem(UkDates.format(change.at()) + ", " + change.actor() + ": " + change.field() + " "
                    + (change.oldValue() == null ? "set to " : "changed from " + change.oldValue() + " to ")
                    + (change.newValue() == null ? "(blank)" : change.newValue())
                    + (change.reason() == null ? "" : " (" + change.reason() + ")")));
        }
        add(list);
    }
}
