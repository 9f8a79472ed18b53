package uk.co.goldenthread.publicsite.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.packs.PublishedPacks.PublicFile;
import uk.co.goldenthread.packs.PublishedPacks.PublicVersion;

/**
 * A quarter's page: its latest version's stored HTML with, above it, where that version stands (every version,
 * its downloads and hash). The stored page's body is taken once per version and kept, since it never changes.
 */
@Component
class LatestPage {

    private final PublicPages pages;
    private final Map<String, String[]> stored = new ConcurrentHashMap<>();

    LatestPage(PublicPages pages) {
        this.pages = pages;
    }

    String render(List<PublicVersion> versions, PublicFile html) {
        String[] parts = stored.computeIfAbsent(html.sha256() + "-" + html.version(), k -> {
            Document doc = Jsoup.parse(new String(html.content(), StandardCharsets.UTF_8));
            var main = doc.selectFirst("main");
            var style = doc.selectFirst("head style");
            return new String[] {style == null ? "" : style.data(), main == null ? "" : main.html()};
        });
        return pages.render("quarter", Map.of("versions", versions, "latest", versions.getFirst(),
                "packStyle", parts[0], "packBody", parts[1]));
    }
}
