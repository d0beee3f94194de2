package org.localis.app.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message from its two Thymeleaf templates, {@code templates/mail/NAME.html} (HTML) and
 * {@code templates/mail/NAME.txt} (the plain-text part), with the application's messages in the recipient's
 * language. Its own template engine (not a bean, so the pages' engine stays Spring Boot's).
 */
@Component
public class MailRenderer {

    /** A rendered message: subject, plain text, HTML. */
    public record Rendered(String subject, String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    public MailRenderer(MessageSource messages) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver r = new ClassLoaderTemplateResolver();
        r.setPrefix("templates/mail/");
        r.setTemplateMode(mode);
        r.setResolvablePatterns(Set.of(pattern));
        r.setCharacterEncoding("UTF-8");
        r.setOrder(order);
        r.setCacheable(true);
        return r;
    }

    /** The language a message is written in: Russian or English (the default). */
    public static Locale locale(String language) {
        return "ru".equalsIgnoreCase(language) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    public Rendered render(String template, String language, String subjectKey, Object[] subjectArgs, Map<String, Object> vars) {
        Locale locale = locale(language);
        Context ctx = new Context(locale, vars);
        return new Rendered(messages.getMessage(subjectKey, subjectArgs, locale),
                engine.process(template + ".txt", ctx), engine.process(template + ".html", ctx));
    }
}
