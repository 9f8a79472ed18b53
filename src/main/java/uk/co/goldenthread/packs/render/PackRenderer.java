package uk.co.goldenthread.packs.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.packs.snapshot.CanonicalJson;
import uk.co.goldenthread.packs.snapshot.PackSnapshot;

/** Renders a snapshot once into every format the pack is published in. */
@Component
public class PackRenderer {

    /** A rendered file: its name in the version's URLs, its media type and its bytes. */
    public record RenderedFile(String name, String mediaType, byte[] content) {
    }

    private final PackHtml html;
    private final PackPdf pdf;
    private final PackCsv csv;
    private final PackXlsx xlsx;

    PackRenderer(PackHtml html, PackPdf pdf, PackCsv csv, PackXlsx xlsx) {
        this.html = html;
        this.pdf = pdf;
        this.csv = csv;
        this.xlsx = xlsx;
    }

    public List<RenderedFile> render(PackSnapshot snapshot, String canonical, String sha256) {
        String page = html.render(new PackReport(snapshot, sha256));
        return List.of(
                new RenderedFile("pack.html", "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8)),
                new RenderedFile("pack.pdf", "application/pdf", pdf.render(page, sha256)),
                new RenderedFile("pack.csv", "text/csv;charset=UTF-8", csv.render(snapshot, sha256)),
                new RenderedFile("pack.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx.render(snapshot, sha256)),
                new RenderedFile("pack.json", "application/json", json(canonical, sha256)));
    }

    /**
     * pack.json: the canonical snapshot, byte for byte, as its "snapshot" member, beside its SHA-256 and the rule it
     * was taken by; written by hand so that the member stays exactly the hashed bytes.
     */
    static byte[] json(String canonical, String sha256) {
        var mapper = CanonicalJson.mapper();
        String rule = "SHA-256 of the UTF-8 bytes of the snapshot member written canonically: no whitespace, object "
                + "members sorted by name, numbers as plain decimals keeping their scale (docs/open-data.md)";
        return ("{\"canonicalForm\":" + mapper.writeValueAsString(rule)
                + ",\"schema\":\"golden-thread-pack-v1\",\"sha256\":\"" + sha256 + "\",\"snapshot\":" + canonical + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
