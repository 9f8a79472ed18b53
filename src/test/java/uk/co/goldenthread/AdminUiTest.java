package uk.co.goldenthread;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Screens of the Performance Team's administration, driven by their labels; each test is rolled back. */
@Transactional
public abstract class AdminUiTest extends UiTest {

    protected static void click(String text) {
        _click(_get(Button.class, s -> s.withText(text)));
    }

    /** Sets the value of the field with the label, whatever kind of field it is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected static void fill(String label, Object value) {
        _setValue((HasValue) field(label), value);
    }

    protected static Component field(String label) {
        return _get(Component.class, s -> s.withPredicate(c -> c instanceof HasValue<?, ?> && c instanceof HasLabel l
                && label.equals(l.getLabel()) && c.isVisible()));
    }

    protected static String errorOf(String label) {
        HasValidation f = (HasValidation) field(label);
        return f.isInvalid() ? f.getErrorMessage() : "";
    }

    protected static Grid<?> grid(String ariaLabel) {
        return _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().filter(ariaLabel::equals).isPresent()));
    }

    /** The formatted cells of one column, top to bottom. */
    protected static List<String> column(Grid<?> grid, String key) {
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            cells.add(cellText(grid, row, key));
        }
        return cells;
    }

    /** Selects the row whose cell in the column shows the text. */
    protected static void selectRow(Grid<?> grid, String key, String text) {
        int row = column(grid, key).indexOf(text);
        if (row < 0) {
            throw new AssertionError("No row shows '" + text + "' in column " + key);
        }
        GridKt._selectRow(grid, row);
    }

    protected static String pageText() {
        return UI.getCurrent().getChildren().map(Component::getElement).map(e -> ScreenText.of(e))
                .reduce("", String::concat);
    }
}
