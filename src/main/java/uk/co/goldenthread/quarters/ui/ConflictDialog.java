package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.co.goldenthread.audit.AuditRecord;
import uk.co.goldenthread.base.UkDates;

/** Someone else saved the return first: what they changed, and the choice to reload. Nothing typed is lost until then. */
class ConflictDialog extends Dialog {

    ConflictDialog(String message, List<AuditRecord> changes, Runnable reload) {
        setHeaderTitle("Someone else changed this return");
        add(new Paragraph(message));
        var list = new UnorderedList();
        changes.forEach(c -> list.add(new ListItem(UkDates.format(c.at()) + ", " + c.actor() + ": " + c.field() + ": "
                + (c.oldValue() == null ? "(blank)" : c.oldValue()) + " → " + (c.newValue() == null ? "(blank)" : c.newValue()))));
        if (!changes.isEmpty()) {
            add(new Paragraph("Their changes:"), list);
        }
        add(new Paragraph("What you typed is still on the screen: copy anything you need before reloading."));
        var reloadButton = new Button("Reload the return", e -> {
            close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep my screen", e -> close()), reloadButton);
    }
}
