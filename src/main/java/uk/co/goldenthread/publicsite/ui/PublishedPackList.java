package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PublishedPacks;

/** The list of published packs, each linking to its public page. Nothing unpublished is ever listed. */
class PublishedPackList extends Section {

    PublishedPackList(PublishedPacks packs) {
        var published = packs.all();
        if (published.isEmpty()) {
            add(new Paragraph("No performance report has been published yet."));
            return;
        }
        var list = new UnorderedList();
        for (var pack : published) {
            var link = new Anchor(pack.path(), pack.title() + " (version " + pack.version() + ", published "
                    + UkDates.format(pack.publishedAt()) + ")");
            link.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(link));
        }
        add(list);
    }
}
