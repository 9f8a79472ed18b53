package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an irreversible or outward step: the question, what will happen, and a button that says the action
 * (e.g. "Submit Q3 2019/20 return"). Cancel does nothing.
 */
public final class Confirmation {

    private Confirmation() {
    }

    public static ConfirmDialog ask(String question, String consequence, String action, Runnable onConfirm) {
        var dialog = new ConfirmDialog(question, consequence, action, e -> onConfirm.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
        return dialog;
    }
}
