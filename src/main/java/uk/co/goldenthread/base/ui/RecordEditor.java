package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;

/**
 * A form over a record: the Binder checks each field as it is typed, then the service checks again on saving, and
 * whatever it refuses is shown on the field it names. Hidden until something is opened in it.
 */
public class RecordEditor<F extends Record> extends Section {

    private final Binder<F> binder;
    private final FormLayout fields = new FormLayout();
    private final H3 heading = new H3();
    private final Div actions = new Div();
    private Consumer<F> save = values -> { };
    private String savedMessage = "";
    private Runnable afterSave = () -> { };

    public RecordEditor(Class<F> type, String saveText) {
        binder = new Binder<>(type);
        var saveButton = new Button(saveText, e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(saveButton);
        actions.addClassName("form-actions");
        addClassName("record-editor");
        add(heading, fields, actions);
        setVisible(false);
    }

    public Binder<F> binder() {
        return binder;
    }

    /** Adds fields to the form, in order. */
    public void addFields(Component... components) {
        fields.add(components);
    }

    /** Adds a button beside Save. */
    public void addAction(Button button) {
        actions.add(button);
    }

    /** What happens after a successful save, e.g. refreshing a list. */
    public void onSaved(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    /** Shows the values under a heading; Save hands the edited record to {@code save}. */
    public void open(String title, F values, Consumer<F> save, String savedMessage) {
        heading.setText(title);
        this.save = save;
        this.savedMessage = savedMessage;
        binder.readRecord(values);
        setVisible(true);
    }

    public void close() {
        setVisible(false);
    }

    /** Closes the form and does what follows a save: for actions other than Save that change the record. */
    protected void finish() {
        close();
        afterSave.run();
    }

    private void save() {
        F values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException e) {
            UserAction.showError("Nothing was saved: correct the fields marked in red.");
            return;
        }
        if (UserAction.attempt(this, () -> save.accept(values), savedMessage)) {
            finish();
        }
    }
}
