package uk.co.goldenthread.publicsite.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The public site's pages, from the Thymeleaf templates in templates/public/: plain HTML, no Vaadin, no session. */
@Component
class PublicPages {

    private final TemplateEngine engine = new TemplateEngine();
    private final String council;
    private final String demoNotice;

    PublicPages(@Value("${goldenthread.council.name}") String council,
            @Value("${goldenthread.demo.notice:}") String demoNotice) {
        this.council = council;
        this.demoNotice = demoNotice;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/public/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, ?> variables) {
        var context = new Context(Locale.UK);
        context.setVariable("council", council);
        context.setVariable("demoNotice", demoNotice);
        context.setVariable("f", new PublicFormats());
        variables.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
