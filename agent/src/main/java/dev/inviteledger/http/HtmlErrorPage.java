package dev.inviteledger.http;

/**
 * Renders an error as a whole HTML page for a person in a browser (see {@link Routes#htmlErrorPage}).
 * {@code code} and {@code message} are the same as in the JSON error; never request content.
 */
@FunctionalInterface
public interface HtmlErrorPage {
    String render(int status, String code, String message);
}
