package dev.inviteledger.http;

import dev.inviteledger.config.AppInfo;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the agent's HTTP server needs to know before it starts.
 *
 * @param port                 TCP port on 127.0.0.1; 0 picks a free one (tests)
 * @param allowedExtensionIds  Chrome extension ids whose {@code chrome-extension://<id>} origin may call the API
 * @param maxBodyBytes         largest accepted request body; larger ones get 413
 * @param stopTimeout          how long a stop waits for in-flight requests before closing connections
 * @param zone                 the user's time zone for calendar days ("today's batch", sends per day): the
 *                             system default in production, fixed in tests
 */
public record ServerConfig(int port, Set<String> allowedExtensionIds, long maxBodyBytes, Duration stopTimeout,
                           ZoneId zone) {

    public static final long DEFAULT_MAX_BODY_BYTES = 8L * 1024 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    /** Chrome derives extension ids from a key hash written with the letters a-p: 32 of them. */
    private static final Pattern EXTENSION_ID = Pattern.compile("[a-p]{32}");

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        allowedExtensionIds = Set.copyOf(allowedExtensionIds);
        for (String id : allowedExtensionIds) {
            if (!EXTENSION_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a Chrome extension id (32 letters a-p): " + id);
            }
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** In the system's time zone. */
    public ServerConfig(int port, Set<String> allowedExtensionIds, long maxBodyBytes, Duration stopTimeout) {
        this(port, allowedExtensionIds, maxBodyBytes, stopTimeout, ZoneId.systemDefault());
    }

    /** The shipped defaults on the given port: only the extension with our pinned key may call. */
    public static ServerConfig defaults(int port) {
        return new ServerConfig(port, Set.of(AppInfo.EXTENSION_ID), DEFAULT_MAX_BODY_BYTES, DEFAULT_STOP_TIMEOUT);
    }

    public static boolean isExtensionId(String id) {
        return id != null && EXTENSION_ID.matcher(id).matches();
    }

    public ServerConfig withAllowedExtensionIds(Set<String> ids) {
        return new ServerConfig(port, ids, maxBodyBytes, stopTimeout, zone);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(port, allowedExtensionIds, bytes, stopTimeout, zone);
    }

    public ServerConfig withStopTimeout(Duration timeout) {
        return new ServerConfig(port, allowedExtensionIds, maxBodyBytes, timeout, zone);
    }

    public ServerConfig withZone(ZoneId zone) {
        return new ServerConfig(port, allowedExtensionIds, maxBodyBytes, stopTimeout, zone);
    }
}
