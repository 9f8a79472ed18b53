package uk.co.goldenthread;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import uk.co.goldenthread.base.ui.Markup;

/**
 * The text a person reads on a screen, in order: the elements' own text, as {@link Element#getTextRecursively} gives
 * it, and the text of the read-only content each {@link Markup} writes out, which is no element on the server.
 */
public final class ScreenText {

    private ScreenText() {
    }

    /**
     * The HTML every {@link Markup} within the component writes out (the whole screen's when it is null), in order:
     * where a chart's SVG and its data table are.
     */
    public static String markup(@Nullable Component within) {
        var all = within == null ? _find(Markup.class) : _find(within, Markup.class);
        return all.stream().map(Markup::innerHtml).collect(Collectors.joining()).replaceAll(">\\s+<", "><");
    }

    public static String of(Component component) {
        return of(component.getElement());
    }

    public static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        if (element.getComponent().orElse(null) instanceof Markup markup) {
            return Jsoup.parseBodyFragment(markup.innerHtml()).text();
        }
        var text = new StringBuilder();
        element.getChildren().forEach(child -> text.append(of(child)));
        return text.toString();
    }
}
