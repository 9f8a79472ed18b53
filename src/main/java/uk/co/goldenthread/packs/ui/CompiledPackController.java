package uk.co.goldenthread.packs.ui;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.base.ui.PageNotFound;
import uk.co.goldenthread.packs.CompiledPackPages;

/**
 * /compiled-packs/{id}: a compiled version's rendered HTML, as plain server-side HTML, for signed-in staff who may read
 * it before publication (CompiledPackPages checks who). Not cached anywhere; an unknown number is the plain 404.
 */
@Controller
class CompiledPackController {

    private final CompiledPackPages pages;

    CompiledPackController(CompiledPackPages pages) {
        this.pages = pages;
    }

    @GetMapping("/compiled-packs/{id}")
    ResponseEntity<byte[]> html(@PathVariable String id) {
        try {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .header("X-Robots-Tag", "noindex").body(pages.html(Long.parseLong(id)));
        } catch (NumberFormatException | NoSuchRecordException e) {
            String page = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
                    + PageNotFound.TITLE + "</title></head><body><main><h1>" + PageNotFound.HEADING + "</h1><p>"
                    + HtmlUtils.htmlEscape(PageNotFound.EXPLANATION) + "</p></main></body></html>";
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.parseMediaType(
                    "text/html;charset=UTF-8")).body(page.getBytes(StandardCharsets.UTF_8));
        }
    }
}
