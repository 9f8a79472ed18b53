package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final ErrorSummary errors = new ErrorSummary();
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
        add(heading, errors, fields, actions);
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
        errors.clear();
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

    /**
     * Saves, or shows why not: each error beside its field and in the error summary at the top of the form, with a
     * link to the field. Nothing was saved then; only success is a message that comes and goes.
     */
    private void save() {
        checkedValues().ifPresent(values -> {
            if (errors.attempt(this, () -> save.accept(values), savedMessage)) {
                finish();
            }
        });
    }

    /** The values as the form holds them, once every field passes its own checks; else those errors, listed. */
    protected Optional<F> checkedValues() {
        try {
            F values = binder.writeRecord();
            errors.clear();
            return Optional.of(values);
        } catch (ValidationException e) {
            List<ErrorSummary.Item> items = new ArrayList<>();
            // the exception carries every field's status, the passing ones too
            e.getFieldValidationErrors().stream().filter(status -> status.isError()).forEach(status -> {
                String label = status.getField() instanceof HasLabel labelled && labelled.getLabel() != null
                        ? labelled.getLabel() + ": " : "";
                items.add(new ErrorSummary.Item(label + status.getMessage().orElse("Check this value."),
                        status.getField() instanceof Focusable<?> focusable ? focusable : null));
            });
            e.getBeanValidationErrors().stream().filter(result -> result.isError())
                    .forEach(result -> items.add(new ErrorSummary.Item(result.getErrorMessage(), null)));
            errors.show(items);
            return Optional.empty();
        }
    }

    /** Runs an action on the record other than Save; a refusal is shown at the top of the form and beside its fields. */
    protected boolean attempt(Runnable action, String successMessage) {
        return errors.attempt(this, action, successMessage);
    }
}
