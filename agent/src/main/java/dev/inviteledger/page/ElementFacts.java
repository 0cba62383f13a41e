package dev.inviteledger.page;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * One element's tag, attributes and role, read once and then asked many questions. The walks over
 * a 1,500-row page ask several of every element, and jsoup recounts an element's attributes on every
 * look-up (and would create an empty attribute set for an element that has none). Mutable, so a walk
 * reuses one instance for every element it meets.
 */
final class ElementFacts {
    private Element element;
    private String tag;
    private int flags;
    private Attributes attributes;
    private String role;
    private boolean onlyHref;
    private boolean onlyRole;
    /** The class attribute, read on first request: several questions look at it. */
    private String cls;

    static ElementFacts of(Element e) {
        return new ElementFacts().read(e);
    }

    ElementFacts read(Element e) {
        element = e;
        tag = e.normalName();
        flags = Markup.flags(tag);
        int count = e.attributesSize();
        attributes = count == 0 ? null : e.attributes();
        onlyHref = count == 1 && attributes.hasKey("href");
        role = attributes == null || onlyHref ? "" : Markup.normalRole(attributes.get("role"));
        cls = attributes == null || onlyHref ? "" : null;
        onlyRole = count == 1 && !role.isEmpty();
        return this;
    }

    /** Its one attribute is a (non-blank) {@code role}: every answer is the tag's and the role's. */
    boolean onlyRole() {
        return onlyRole;
    }

    /**
     * Its one attribute is {@code href} (a row's name link): then no question but the link's target
     * finds anything to read, and every answer is the tag's alone, as for an element without attributes.
     */
    boolean onlyHref() {
        return onlyHref;
    }

    Element element() {
        return element;
    }

    /** The lower-case tag name. */
    String tag() {
        return tag;
    }

    /** {@link Markup#role}. */
    String role() {
        return role;
    }

    /** {@link Markup#flags} of the tag. */
    int flags() {
        return flags;
    }

    boolean is(int markupFlag) {
        return (flags & markupFlag) != 0;
    }

    boolean hasAttributes() {
        return attributes != null;
    }

    /** An attribute's value or "" (names are lower case: the HTML parser lower-cases them). */
    String attr(String key) {
        return attributes == null ? "" : attributes.get(key);
    }

    /** The class attribute or "". */
    String cls() {
        if (cls == null) {
            cls = attributes.get("class");
        }
        return cls;
    }

    boolean hasAttr(String key) {
        return attributes != null && attributes.hasKey(key);
    }
}
