package uk.co.goldenthread.framework.ui;

import com.vaadin.flow.component.select.Select;
import java.util.function.Function;

/** A choice among values shown by the words people use for them; with an empty caption, "not set" is a choice too. */
public class LabelledSelect<E> extends Select<E> {

    public LabelledSelect(String label, E[] values, Function<E, String> words, String emptyCaption) {
        setLabel(label);
        setItems(values);
        setItemLabelGenerator(e -> e == null ? emptyCaption : words.apply(e));
        if (!emptyCaption.isEmpty()) {
            setEmptySelectionAllowed(true);
            setEmptySelectionCaption(emptyCaption);
        }
    }
}
