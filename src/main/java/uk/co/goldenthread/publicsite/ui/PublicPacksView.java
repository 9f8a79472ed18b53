package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/** Published performance reports, open to everyone. Nothing unpublished is ever listed. */
@Route(value = "public", autoLayout = false)
@PageTitle("Published performance reports | Golden Thread")
@Menu(title = "Published reports", order = 100, icon = "vaadin:globe")
@AnonymousAllowed
public class PublicPacksView extends PublicPage {

    public PublicPacksView(PackService packs, @Value("${goldenthread.council.name}") String councilName) {
        super(councilName);
        main.add(new H1("Published performance reports"));
        var published = packs.published();
        if (published.isEmpty()) {
            main.add(new Paragraph("No performance report has been published yet."));
            return;
        }
        var list = new UnorderedList();
        for (PackSummary pack : published) {
            list.add(new ListItem(new Anchor("public/packs/" + pack.id(), pack.title() + " (version " + pack.version()
                    + ", published " + UkDates.format(pack.publishedAt()) + ")")));
        }
        main.add(list);
    }
}
