package uk.co.goldenthread.packs.render;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The pack as one accessible HTML page, from the Thymeleaf template templates/packs/pack.html. */
@Component
public class PackHtml {

    private final TemplateEngine engine = new TemplateEngine();
    /** Empty except in the demo profile, where every pack compiled says it is a demo (HTML and PDF). */
    private final String demoNotice;

    public PackHtml(@Value("${goldenthread.demo.notice:}") String demoNotice) {
        this.demoNotice = demoNotice;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine.setTemplateResolver(resolver);
    }

    public String render(PackReport report) {
        var context = new Context(java.util.Locale.UK);
        context.setVariable("r", report);
        context.setVariable("s", report.snapshot());
        context.setVariable("f", new TemplateHelpers());
        context.setVariable("demoNotice", demoNotice);
        return engine.process("packs/pack", context);
    }
}
