package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
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
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.InvalidInputException;

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
        F values;
        try {
            values = binder.writeRecord();
        } catch (ValidationException e) {
            List<ErrorSummary.Item> items = new ArrayList<>();
            e.getFieldValidationErrors().forEach(status -> items.add(new ErrorSummary.Item(
                    (status.getField() instanceof HasLabel labelled && labelled.getLabel() != null
                            ? labelled.getLabel() + ": " : "") + status.getMessage().orElse("Check this value."),
                    status.getField() instanceof Focusable<?> focusable ? focusable : null)));
            e.getBeanValidationErrors().forEach(result -> items.add(new ErrorSummary.Item(result.getErrorMessage(), null)));
            errors.show(items);
            return;
        }
        try {
            save.accept(values);
        } catch (InvalidInputException e) {
            List<ErrorSummary.Item> items = new ArrayList<>();
            e.fieldErrors().forEach((label, message) -> {
                Component field = fieldLabelled(this, label);
                if (field instanceof HasValidation validated) {
                    validated.setErrorMessage(message);
                    validated.setInvalid(true);
                }
                items.add(new ErrorSummary.Item(label + ": " + message,
                        field instanceof Focusable<?> focusable ? focusable : null));
            });
            errors.show(items);
            return;
        } catch (DomainException e) {
            errors.show(List.of(new ErrorSummary.Item(e.getMessage(), null)));
            return;
        } catch (AccessDeniedException e) {
            errors.show(List.of(new ErrorSummary.Item("You do not have the role needed to do that. Nothing was changed.",
                    null)));
            return;
        }
        errors.clear();
        UserAction.showSuccess(savedMessage);
        finish();
    }

    private static @Nullable Component fieldLabelled(Component component, String label) {
        if (component instanceof HasValidation && component instanceof HasLabel labelled
                && label.equals(labelled.getLabel())) {
            return component;
        }
        return component.getChildren().map(child -> fieldLabelled(child, label)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
