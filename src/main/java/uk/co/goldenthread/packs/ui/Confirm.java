package uk.co.goldenthread.packs.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A confirmation that names what the action will do, e.g. "Publish Q3 2019/20 to the public". */
final class Confirm {

    private Confirm() {
    }

    static void then(String header, String consequence, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, consequence, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
    }
}
