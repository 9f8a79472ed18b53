package uk.co.goldenthread.publicsite.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.packs.PublishedPacks;
import uk.co.goldenthread.packs.PublishedPacks.PublicFile;
import uk.co.goldenthread.packs.PublishedPacks.PublicVersion;

/**
 * The public site: published packs at stable URLs (/public/packs/2019-20/q3/v1, with .pdf .csv .xlsx .json beside),
 * a page per measure, open data and the accessibility statement. Versions are served as the bytes stored at
 * compilation; anything not published, or not a pack URL at all, is the same plain 404 page.
 */
@Controller
class PublicSiteController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublishedPacks packs;
    private final PublicPages pages;
    private final LatestPage latest;

    PublicSiteController(PublishedPacks packs, PublicPages pages, LatestPage latest) {
        this.packs = packs;
        this.pages = pages;
        this.latest = latest;
    }

    @GetMapping({"/public", "/public/"})
    ResponseEntity<byte[]> index() {
        Map<String, List<PublicVersion>> byYear = new LinkedHashMap<>();
        for (PublicVersion v : latestOfEachQuarter(packs.all())) {
            byYear.computeIfAbsent(FinancialQuarter.yearLabel(v.period().financialYear()), k -> new java.util.ArrayList<>())
                    .add(v);
        }
        return html(pages.render("index", Map.of("byYear", byYear)), SHORT);
    }

    @GetMapping("/public/packs/{year}/{quarter}")
    ResponseEntity<?> latest(@PathVariable String year, @PathVariable String quarter) {
        Optional<PublicPath> path = PublicPath.latest(year, quarter);
        if (path.isEmpty()) {
            return notFound();
        }
        List<PublicVersion> versions = packs.versionsOf(path.get().period());
        if (versions.isEmpty()) {
            return notFound();
        }
        PublicVersion newest = versions.getFirst();
        if (!path.get().format().equals(PublicPath.PAGE)) {
            return packs.file(newest.period(), newest.version(), path.get().format())
                    .<ResponseEntity<?>>map(f -> file(f, SHORT)).orElseGet(this::notFound);
        }
        Optional<PublicFile> html = packs.file(newest.period(), newest.version(), "html");
        return html.<ResponseEntity<?>>map(f -> html(latest.render(versions, f), SHORT)).orElseGet(this::notFound);
    }

    @GetMapping("/public/packs/{year}/{quarter}/{version}")
    ResponseEntity<?> version(@PathVariable String year, @PathVariable String quarter,
            @PathVariable String version) {
        return PublicPath.version(year, quarter, version)
                .flatMap(p -> p.version() == null ? Optional.<PublicFile>empty()
                        : packs.file(p.period(), p.version(), p.format().equals(PublicPath.PAGE) ? "html" : p.format()))
                .<ResponseEntity<?>>map(f -> file(f, FOREVER)).orElseGet(this::notFound);
    }

    @GetMapping("/public/measures/{code}")
    ResponseEntity<byte[]> measure(@PathVariable String code) {
        if (!PublicPath.MEASURE_CODE.matcher(code).matches()) {
            return notFound();
        }
        var history = packs.measureHistory(code);
        if (history.isEmpty()) {
            return notFound();
        }
        return html(pages.render("measure", Map.of("code", code, "history", history)), SHORT);
    }

    @GetMapping("/public/open-data")
    ResponseEntity<byte[]> openData() {
        return html(pages.render("open-data", Map.of("versions", packs.all(), "formats", PublishedPacks.FORMATS)),
                SHORT);
    }

    @GetMapping("/public/accessibility")
    ResponseEntity<byte[]> accessibility() {
        return html(pages.render("accessibility", Map.of()), SHORT);
    }

    /** Everything else under /public: never Vaadin's router, never a session. */
    @GetMapping("/public/**")
    ResponseEntity<byte[]> anythingElse() {
        return notFound();
    }

    private static List<PublicVersion> latestOfEachQuarter(List<PublicVersion> all) {
        Map<FinancialQuarter, PublicVersion> newest = new LinkedHashMap<>();
        all.forEach(v -> newest.putIfAbsent(v.period(), v));
        return List.copyOf(newest.values());
    }

    /** A stored file, streamed from its copy on disk: never the whole file in memory per request. */
    private static ResponseEntity<Resource> file(PublicFile f, CacheControl cache) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).cacheControl(cache)
                .eTag(f.sha256() + "-" + f.version()).body(new FileSystemResource(f.path()));
    }

    private static ResponseEntity<byte[]> html(String page, CacheControl cache) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).cacheControl(cache)
                .body(page.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "html",
                StandardCharsets.UTF_8)).cacheControl(SHORT)
                .body(pages.render("not-found", Map.of()).getBytes(StandardCharsets.UTF_8));
    }
}
