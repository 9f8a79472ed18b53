package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import uk.co.goldenthread.packs.PackService;

/** Published performance reports, open to everyone without signing in. */
@Route(value = "public", autoLayout = false)
@PageTitle("Published performance reports | Golden Thread")
@AnonymousAllowed
public class PublicPacksView extends PublicPage {

    public PublicPacksView(PackService packs, @Value("${goldenthread.council.name}") String councilName) {
        super(councilName);
        main.add(new H1("Published performance reports"), new PublishedPackList(packs));
    }
}
