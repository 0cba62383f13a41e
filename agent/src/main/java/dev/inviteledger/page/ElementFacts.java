package dev.inviteledger.page;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * One element's tag, attributes and role, read once and then asked many questions. The walks over
 * a 1,500-row page ask several of every element; jsoup answers each attribute look-up by comparing
 * the key with every key of the element (and would create an empty attribute set for an element that
 * has none). Instead, the few attributes any question asks are read once and kept: looked up by key on an
 * element with one or two attributes, read in one pass over them on one with more.
 * Mutable, so a walk reuses one instance for every element it meets.
 */
final class ElementFacts {
    private static final int FLAG_SLOTS = 64;
    /**
     * Up to this many attributes, {@link #lookUp} asks for each key by name (each look-up compares the key with
     * every key of the element); beyond, one pass over them ({@link #readAll}) is cheaper.
     */
    private static final int MAX_LOOKED_UP = 2;
    /**
     * {@link #flagsOf}' memory: a tag name (compared by identity) and its flags, by the name's hash. Only in
     * an instance that a walk reuses ({@link #forWalk}); null in one made for a single element.
     */
    private final String[] flagNames;
    private final int[] flagValues;

    private String tag;
    private int flags;
    private int attributeCount;
    /* The attributes the questions ask about, "" when absent. */
    private String role;
    private String cls;
    private String style;
    private String ariaLabel;
    private String ariaModal;
    private String dataTestId;
    private String dataViewName;
    private boolean hiddenAttribute;
    private boolean onlyHref;
    private boolean onlyRole;

    private ElementFacts(boolean remembersFlags) {
        flagNames = remembersFlags ? new String[FLAG_SLOTS] : null;
        flagValues = remembersFlags ? new int[FLAG_SLOTS] : null;
    }

    /** The facts of one element. */
    static ElementFacts of(Element e) {
        return new ElementFacts(false).read(e);
    }

    /** An instance for a walk to {@link #read} every element with. */
    static ElementFacts forWalk() {
        return new ElementFacts(true);
    }

    ElementFacts read(Element e) {
        tag = e.normalName();
        flags = flagsOf(tag);
        attributeCount = e.attributesSize();
        role = "";
        cls = "";
        style = "";
        ariaLabel = "";
        ariaModal = "";
        dataTestId = "";
        dataViewName = "";
        hiddenAttribute = false;
        onlyHref = false;
        onlyRole = false;
        if (attributeCount > 0 && attributeCount <= MAX_LOOKED_UP) {
            lookUp(e.attributes(), attributeCount);
        } else if (attributeCount > MAX_LOOKED_UP) {
            readAll(e.attributes());
        }
        return this;
    }

    /**
     * {@link Markup#flags}, remembered per tag name (a page uses a few dozen): a walk asks for every element's,
     * and a string switch costs a hash look-up and a comparison each time.
     */
    private int flagsOf(String name) {
        if (flagNames == null) {
            return Markup.flags(name);
        }
        int slot = name.hashCode() & (FLAG_SLOTS - 1);
        if (flagNames[slot] != name) {
            flagNames[slot] = name;
            flagValues[slot] = Markup.flags(name);
        }
        return flagValues[slot];
    }

    /**
     * Most elements have one or two attributes (an href, a role, a class, a row's withdraw link's href and label):
     * looked up by key, most frequent first, until {@code count} are accounted for. No Attribute objects and no
     * iterator, which {@link #readAll} costs. Exact: every field is what its key's look-up gives ("" when absent),
     * and the look-ups stop only once every attribute is one already read (an element's keys are distinct).
     */
    private void lookUp(Attributes attributes, int count) {
        int left = count;
        if (attributes.hasKey("href")) {
            onlyHref = count == 1;
            if (--left == 0) {
                return;
            }
        }
        String rawRole = attributes.get("role");
        if (!rawRole.isEmpty()) {
            role = Markup.normalRole(rawRole);
            onlyRole = count == 1 && !role.isEmpty();
            if (--left == 0) {
                return;
            }
        }
        cls = attributes.get("class");
        if (!cls.isEmpty() && --left == 0) {
            return;
        }
        ariaLabel = attributes.get("aria-label");
        if (!ariaLabel.isEmpty() && --left == 0) {
            return;
        }
        dataTestId = attributes.get("data-testid");
        if (!dataTestId.isEmpty() && --left == 0) {
            return;
        }
        style = attributes.get("style");
        if (!style.isEmpty() && --left == 0) {
            return;
        }
        dataViewName = attributes.get("data-view-name");
        if (!dataViewName.isEmpty() && --left == 0) {
            return;
        }
        ariaModal = attributes.get("aria-modal");
        if (!ariaModal.isEmpty() && --left == 0) {
            return;
        }
        hiddenAttribute = attributes.hasKey("hidden");
    }

    /**
     * One pass over the attributes instead of a look-up per question, each of which compares the key with
     * every key of the element. The HTML parser lower-cases names and drops a repeated one (the first wins).
     */
    private void readAll(Attributes attributes) {
        for (Attribute a : attributes) {
            switch (a.getKey()) {
                case "role" -> role = Markup.normalRole(a.getValue());
                case "class" -> cls = a.getValue();
                case "style" -> style = a.getValue();
                case "aria-label" -> ariaLabel = a.getValue();
                case "aria-modal" -> ariaModal = a.getValue();
                case "data-testid" -> dataTestId = a.getValue();
                case "data-view-name" -> dataViewName = a.getValue();
                case "hidden" -> hiddenAttribute = true;
                default -> { }
            }
        }
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


    /**
     * It has none of the attributes that {@link PageScan}'s per-element answers read (role, class, style,
     * aria-modal, data-testid, hidden): those answers are then its tag's, whatever else it carries (a row's
     * withdraw link: an href and a label). Keep in step with what {@code PageScan.answers} asks.
     */
    boolean answeredByTag() {
        return role.isEmpty() && cls.isEmpty() && style.isEmpty() && ariaModal.isEmpty() && dataTestId.isEmpty()
                && !hiddenAttribute;
    }

    /** The lower-case tag name. */
    String tag() {
        return tag;
    }

    /** The role attribute as {@link Markup#normalRole} gives it, or "" without one. */
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
        return attributeCount != 0;
    }

    /** The class attribute or "". */
    String cls() {
        return cls;
    }

    /** The style attribute or "". */
    String style() {
        return style;
    }

    /** The aria-label attribute or "". */
    String ariaLabel() {
        return ariaLabel;
    }

    /** The aria-modal attribute or "". */
    String ariaModal() {
        return ariaModal;
    }

    /** The data-testid attribute or "". */
    String dataTestId() {
        return dataTestId;
    }

    /** The data-view-name attribute or "". */
    String dataViewName() {
        return dataViewName;
    }

    /** It has the {@code hidden} attribute. */
    boolean hasHiddenAttribute() {
        return hiddenAttribute;
    }
}
