package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.co.goldenthread.packs.PublishedPacks;

/** Published reports inside the application, for everyone signed in (the Scrutiny Committee reads them here). */
@Route("reports")
@PageTitle("Published reports | Golden Thread")
@Menu(title = "Published reports", order = 100, icon = "vaadin:globe")
@PermitAll
public class PublishedReportsView extends Main {

    public PublishedReportsView(PublishedPacks packs) {
        add(new H2("Published reports"),
                new Paragraph("These are the reports the public can read too, without signing in."),
                new PublishedPackList(packs));
    }
}
