package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/** Chooses one of a list of things that the forms refer to by id (an area, an outcome, a directorate). */
public class IdComboBox<T> extends ComboBox<T> {

    private final ToLongFunction<T> idOf;
    private List<T> choices = List.of();

    public IdComboBox(String label, ToLongFunction<T> idOf, ItemLabelGenerator<T> words) {
        super(label);
        this.idOf = idOf;
        setItemLabelGenerator(words);
        setClearButtonVisible(true);
    }

    public void setChoices(List<T> choices) {
        this.choices = choices;
        setItems(choices);
    }

    public Converter<@Nullable T, @Nullable Long> asId() {
        return Converter.from(t -> Result.ok(t == null ? null : idOf.applyAsLong(t)), id -> id == null ? null
                : choices.stream().filter(t -> idOf.applyAsLong(t) == id).findFirst().orElse(null));
    }
}
