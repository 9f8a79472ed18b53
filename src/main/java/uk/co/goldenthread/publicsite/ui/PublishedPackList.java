package uk.co.goldenthread.publicsite.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.packs.PackService;
import uk.co.goldenthread.packs.PackSummary;

/** The list of published packs, each linking to its public page. Nothing unpublished is ever listed. */
class PublishedPackList extends Section {

    PublishedPackList(PackService packs) {
        var published = packs.published();
        if (published.isEmpty()) {
            add(new Paragraph("No performance report has been published yet."));
            return;
        }
        var list = new UnorderedList();
        for (PackSummary pack : published) {
            list.add(new ListItem(new Anchor("public/packs/" + pack.id(), pack.title() + " (version " + pack.version()
                    + ", published " + UkDates.format(pack.publishedAt()) + ")")));
        }
        add(list);
    }
}
