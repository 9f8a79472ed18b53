package uk.co.goldenthread.packs.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * The pack's page cut into parts of about {@link #MEASURES} measures each, for openhtmltopdf to lay out one at a time
 * into the same PDF (its layout of the whole page held every box of every page at once). The front matter rides in
 * the first part and the annexes in the last; a part that starts inside "Measures by outcome" repeats the wrapping
 * sections without their headings and says how deep it continues them, so their structure elements can be joined.
 */
final class Parts {

    static final int MEASURES = 40;
    /** body and main: every part continues them. */
    private static final int ALWAYS_CONTINUED = 2;

    /** A section heading of the outline: level 1 for a section of the pack, 2 for an outcome in it. */
    record Mark(String id, String title, int level) {
    }

    /**
     * One part: its own page, how many wrapping elements it continues from the part before, the sections that start
     * in it, and its links to sections laid out in other parts (by the link's text, which is what openhtmltopdf puts
     * in the link annotation's /Contents), each given an empty target in this part to be pointed right later.
     */
    record Part(@Nullable Document page, int continued, List<Mark> marks, Map<String, String> linksOut) {

        /** The same part without its page, once openhtmltopdf has its own copy of it. */
        Part withoutPage() {
            return new Part(null, continued, marks, linksOut);
        }
    }

    private Parts() {
    }

    static List<Part> of(Document whole, int measuresPerPart) {
        var cutter = new Cutter(whole, measuresPerPart);
        Element main = whole.selectFirst("main");
        if (main == null) {
            throw new IllegalStateException("The pack's page has no main element");
        }
        for (Node node : main.childNodes()) {
            if (node instanceof Element e && e.id().equals("outcomes")) {
                cutter.outcomes(e);
            } else {
                cutter.current.main.appendChild(node.clone());
            }
        }
        return cutter.finish();
    }

    /** A part being filled. */
    private static final class Open {
        final Document page;
        final Element main;
        final int continued;

        Open(Document page, Element main, int continued) {
            this.page = page;
            this.main = main;
            this.continued = continued;
        }
    }

    private static final class Cutter {
        private final Document whole;
        private final int perPart;
        private final List<Open> parts = new ArrayList<>();
        private Open current;
        private int measures;

        Cutter(Document whole, int perPart) {
            this.whole = whole;
            this.perPart = perPart;
            this.current = open(ALWAYS_CONTINUED, true);
        }

        void outcomes(Element outcomes) {
            Element section = shallow(outcomes);
            current.main.appendChild(section);
            for (Node node : outcomes.childNodes()) {
                if (node instanceof Element outcome && outcome.tagName().equals("section")) {
                    outcome(outcomes, section, outcome);
                    section = java.util.Objects.requireNonNull(current.main.children().last());
                } else {
                    section.appendChild(node.clone());
                }
            }
        }

        private void outcome(Element outcomes, Element outcomesCopy, Element outcome) {
            if (measures == perPart) {
                // the outcome starts the next part, heading and all
                outcomesCopy = newPart(outcomes, ALWAYS_CONTINUED + 1);
            }
            Element copy = shallow(outcome);
            outcomesCopy.appendChild(copy);
            for (Node node : outcome.childNodes()) {
                if (node instanceof Element article && article.tagName().equals("article")) {
                    if (measures == perPart) {
                        copy = continuation(outcome);
                        newPart(outcomes, ALWAYS_CONTINUED + 2).appendChild(copy);
                    }
                    copy.appendChild(article.clone());
                    measures++;
                } else {
                    copy.appendChild(node.clone());
                }
            }
        }

        /** A new part continuing "Measures by outcome": returns its copy of that section. */
        private Element newPart(Element outcomes, int continued) {
            current = open(continued, false);
            measures = 0;
            Element continuedOutcomes = continuation(outcomes);
            current.main.appendChild(continuedOutcomes);
            return continuedOutcomes;
        }

        private Open open(int continued, boolean first) {
            Document page = Document.createShell("");
            page.outputSettings(whole.outputSettings().clone());
            page.child(0).attributes().addAll(whole.child(0).attributes());
            page.head().replaceWith(whole.head().clone());
            Element body = page.body();
            body.attributes().addAll(whole.body().attributes());
            Element main = null;
            for (Element child : whole.body().children()) {
                if (child.tagName().equals("main")) {
                    main = shallow(child);
                    body.appendChild(main);
                } else if (first) {
                    body.appendChild(child.clone());
                }
            }
            if (main == null) {
                throw new IllegalStateException("The pack's page has no main element");
            }
            var part = new Open(page, main, continued);
            parts.add(part);
            return part;
        }

        private static Element shallow(Element e) {
            return e.shallowClone();
        }

        /** A part that continues a section of the part before starts with a copy of it, without its id. */
        private static Element continuation(Element e) {
            return e.shallowClone().removeAttr("id");
        }

        List<Part> finish() {
            Map<String, Integer> partOf = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                for (Element e : parts.get(i).page.select("[id]")) {
                    partOf.putIfAbsent(e.id(), i);
                }
            }
            List<Part> result = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Open part = parts.get(i);
                List<Mark> marks = marks(part.page);
                part.page.head().appendChild(bookmarks(marks));
                result.add(new Part(part.page, part.continued, marks, linksOut(part.page, part.main, partOf, i)));
            }
            return result;
        }

        /** The sections that start in a part: its h2 sections, and the outcomes under "Measures by outcome". */
        private static List<Mark> marks(Document page) {
            List<Mark> marks = new ArrayList<>();
            for (Element section : page.select("main > section")) {
                Element heading = section.selectFirst("> h1, > h2");
                if (heading != null && !section.id().isEmpty()) {
                    marks.add(new Mark(section.id(), heading.text(), 1));
                }
                for (Element sub : section.select("> section[id]")) {
                    Element h3 = sub.selectFirst("> h3");
                    if (h3 != null) {
                        marks.add(new Mark(sub.id(), h3.text(), 2));
                    }
                }
            }
            return marks;
        }

        /** openhtmltopdf's bookmarks element, flat: the outline is built again over all parts at the end. */
        private static Element bookmarks(List<Mark> marks) {
            Element element = new Element("bookmarks");
            marks.forEach(m -> element.appendElement("bookmark").attr("name", m.title()).attr("href", "#" + m.id()));
            return element;
        }

        private static Map<String, String> linksOut(Document page, Element main, Map<String, Integer> partOf, int part) {
            Map<String, String> links = new LinkedHashMap<>();
            Set<String> targets = new HashSet<>();
            for (Element a : page.select("a[href^=#]")) {
                String id = a.attr("href").substring(1);
                Integer there = partOf.get(id);
                if (id.isEmpty() || there == null || there == part) {
                    continue;
                }
                String text = a.text().strip();
                String before = links.put(text, a.attr("href"));
                if (before != null && !before.equals(a.attr("href"))) {
                    throw new IllegalStateException("Two links in the pack read \"" + text + "\" but go to "
                            + before + " and " + a.attr("href"));
                }
                if (targets.add(id)) {
                    main.appendElement("span").attr("id", id).addClass("pdf-link-target");
                }
            }
            return links;
        }
    }
}
