package dev.inviteledger.web;

import dev.inviteledger.http.HtmlErrorPage;

/**
 * Errors as a person in a browser should see them. Rejected requests can come from anyone, so these pages
 * hold nothing but fixed text and the error's own (server-written) sentence: no ledger data, no token.
 */
public final class ErrorPages implements HtmlErrorPage {

    /** What the message page shows. {@code signIn}: explain how to open the status pages. */
    public record Message(String title, String heading, String text, boolean signIn, boolean home) {}

    private final Templates templates;

    ErrorPages(Templates templates) {
        this.templates = templates;
    }

    @Override
    public String render(int status, String code, String message) {
        return templates.render("message.jte", describe(status, code, message));
    }

    static Message describe(int status, String code, String message) {
        return switch (code) {
            case "auth-required", "session-required" -> new Message("Sign in", "Open Invite Ledger from a sign-in link",
                    "The status pages show your invitation history, so they open only for you.", true, false);
            case "login-link-invalid" -> new Message("Link used or expired", "This sign-in link has been used or has expired",
                    "Each link opens the status pages once, and only for a short while.", true, false);
            case "csrf-token-mismatch", "form-origin-required", "session-origin" -> new Message("Form expired",
                    "That form has expired", "Go back, reload the page and try again. Nothing was changed.", false, true);
            case "body-too-large" -> new Message("File too large", "That upload is too large", message
                    + " Upload only Connections.csv and Invitations.csv from the export instead of the whole archive.",
                    false, true);
            case "host-not-allowed", "origin-not-allowed" -> new Message("Refused", "Request refused", message, false, false);
            default -> status == 404
                    ? new Message("Not found", "There is nothing here", "The page may have moved.", false, true)
                    : new Message("Error", "Something went wrong", message, false, true);
        };
    }
}
