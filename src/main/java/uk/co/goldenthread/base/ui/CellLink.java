package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * A grid row's name as a link to its page, for the row's first column: Tab stops on the grid's rows at that column,
 * Enter there focuses the link and Enter again follows it (WCAG 2.1.1); a button in a later column is reached only
 * with the arrow keys. The whole name shows, wrapped, never cut short.
 */
public final class CellLink extends RouterLink {

    public CellLink(String name, Class<? extends Component> page, String parameter, Object value) {
        super(name, page, new RouteParameters(parameter, String.valueOf(value)));
        addClassName("cell-link");
    }
}
