package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;

/** "Open" in a row of returns: goes to the return, and tells a screen reader which one. */
final class OpenReturnButton {

    private OpenReturnButton() {
    }

    static Button of(long returnId, String returnTitle) {
        // A grid's cell component may not be attached to the UI when clicked, so navigate from the current UI
        var open = new Button("Open", VaadinIcon.ARROW_RIGHT.create(), e -> UI.getCurrent().navigate(ReturnView.class,
                new RouteParameters("returnId", String.valueOf(returnId))));
        open.setAriaLabel("Open " + returnTitle);
        return open;
    }
}
