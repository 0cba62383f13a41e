package dev.inviteledger.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The status pages' jte templates, compiled to classes at build time (jte-maven-plugin): no compiler at run
 * time and a fast start. HTML content type, so every {@code ${...}} is escaped for where it stands.
 */
public final class Templates {
    static final String PACKAGE = "dev.inviteledger.web.templates";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), PACKAGE);

    /** Renders {@code name} (e.g. "dashboard.jte") with its single parameter. */
    public String render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name, model, out);
        return out.toString();
    }
}
