package dev.inviteledger.http;

import dev.inviteledger.ledger.AccountNames;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Validation of request fields and query parameters. Every failure is a 400 {@code invalid-field} whose
 * message names the field and says what is expected; it never repeats the value (it is the client's text).
 * Handlers validate everything before they write anything, so a rejected request stores nothing.
 */
final class Fields {
    /** Clocks of the browser and the agent may differ a little; a capture from further ahead is refused. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** LinkedIn did not exist before this; an earlier time is a client bug, not history. */
    static final Instant EARLIEST = Instant.parse("2003-01-01T00:00:00Z");
    static final int MAX_URL_LENGTH = 2048;
    static final String SENT_PATH = "/mynetwork/invitation-manager/sent";

    private Fields() {}

    static ApiError invalid(String field, String problem) {
        return ApiError.badRequest("invalid-field", "Field \"" + field + "\" " + problem);
    }

    static <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw invalid(field, "is required.");
        }
        return value;
    }

    /** A required string of at most {@code max} characters. */
    static String text(String field, String value, int max) {
        required(field, value);
        if (value.length() > max) {
            throw invalid(field, "must be at most " + max + " characters long.");
        }
        return value;
    }

    /**
     * An ISO-8601 time with an offset ({@code 2026-11-22T10:00:00Z}, {@code 2026-11-22T11:00:00+01:00}), not
     * before 2003 and not more than {@link #FUTURE_TOLERANCE} after {@code now}.
     */
    static Instant instant(String field, String value, Instant now) {
        required(field, value);
        Instant at;
        try {
            at = IsoInstants.parse(value.strip());
        } catch (DateTimeException e) {
            throw invalid(field, "must be an ISO-8601 time with a zone, like 2026-11-22T10:00:00Z.");
        }
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw invalid(field, "is in the future: check the computer's clock (the agent's time is " + now + ").");
        }
        if (at.isBefore(EARLIEST)) {
            throw invalid(field, "is before 2003: not a LinkedIn time.");
        }
        return at;
    }

    /** {@link #instant}, or {@code now} when absent. */
    static Instant instantOrNow(String field, String value, Instant now) {
        return value == null ? now : instant(field, value, now);
    }

    /** An account name, by the ledger's one rule ({@link AccountNames}); a refusal names the field. */
    static String account(String field, String value) {
        try {
            return AccountNames.normalize(value);
        } catch (AccountNames.Invalid e) {
            throw invalid(field, e.problem() + ".");
        }
    }

    /** The {@code account} query parameter. */
    static String accountParam(Context ctx) {
        return account("account", ctx.queryParam("account"));
    }

    /**
     * An https URL on linkedin.com or one of its subdomains (www., fr., ...), without credentials or an
     * unusual port.
     */
    static URI linkedInUrl(String field, String value) {
        text(field, value, MAX_URL_LENGTH);
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid(field, "must be a LinkedIn URL (https://www.linkedin.com/...).");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean linkedIn = host.equals("linkedin.com") || host.endsWith(".linkedin.com");
        if (!"https".equalsIgnoreCase(uri.getScheme()) || !linkedIn || uri.getRawUserInfo() != null
                || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw invalid(field, "must be a LinkedIn URL (https://www.linkedin.com/...).");
        }
        return uri;
    }

    /** A LinkedIn URL of the Sent invitations list: {@code https://www.linkedin.com/mynetwork/invitation-manager/sent/...}. */
    static String sentPageUrl(String field, String value) {
        URI uri = linkedInUrl(field, value);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.equals(SENT_PATH) && !path.startsWith(SENT_PATH + "/")) {
            throw invalid(field, "must be the Sent invitations page (https://www.linkedin.com" + SENT_PATH + "/).");
        }
        return value.strip();
    }

    /** An optional whole-number query parameter within bounds. */
    static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the same message
        }
        throw ApiError.badRequest("invalid-parameter", "Query parameter \"" + name + "\" must be a whole number from "
                + min + " to " + max + ".");
    }

    /** An optional {@code true}/{@code false} query parameter; null when absent. */
    static Boolean booleanParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalidParameter(name, "must be true or false.");
        };
    }

    static ApiError invalidParameter(String name, String problem) {
        return ApiError.badRequest("invalid-parameter", "Query parameter \"" + name + "\" " + problem);
    }
}
