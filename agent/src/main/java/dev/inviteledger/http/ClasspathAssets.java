package dev.inviteledger.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.eclipse.jetty.http.MimeTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the files of one classpath directory (the status pages' CSS, scripts and icons; Chart.js) under a
 * hosted path, as {@code GET <hostedPath>/<path>} with access {@link Access#PUBLIC}.
 *
 * <p>Why not Javalin's static-file handler: for a classpath directory inside a jar it mounts the whole jar as a
 * zip file system — it reads and indexes the central directory of the 26 MB shaded jar (about 12,000 entries) at
 * every start and keeps that index for the life of the process: a sixth of the agent's start-up CPU for a
 * handful of small files. Here a file is read from the class loader the first time it is asked for and kept,
 * so memory stays bounded by the files that exist (a few hundred KiB).
 *
 * <p>Only plain relative names are served: letters, digits, {@code . _ -} and {@code /} between non-empty
 * segments that do not start with a dot (so no {@code .} or {@code ..}), ending in a file name with an extension;
 * anything else, and any file that is not there, is a 404.
 */
final class ClasspathAssets implements Handler {
    static final String PATH_PARAM = "path";

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    record Asset(byte[] bytes, String contentType) {}

    private final String directory;
    private final ClassLoader loader;
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    /** @param classpathDirectory e.g. {@code /dev/inviteledger/web/assets} (leading slash optional) */
    ClasspathAssets(String classpathDirectory) {
        String dir = classpathDirectory.startsWith("/") ? classpathDirectory.substring(1) : classpathDirectory;
        this.directory = dir.endsWith("/") ? dir : dir + "/";
        this.loader = ClasspathAssets.class.getClassLoader();
    }

    /** The Javalin route path for a hosted path: {@code /assets/<path>}. */
    static String routePath(String hostedPath) {
        String hosted = hostedPath.endsWith("/") ? hostedPath.substring(0, hostedPath.length() - 1) : hostedPath;
        return hosted + "/<" + PATH_PARAM + ">";
    }

    @Override
    public void handle(Context ctx) {
        Asset asset = find(ctx.pathParam(PATH_PARAM)).orElseThrow(NotFoundResponse::new);
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    Optional<Asset> find(String path) {
        // a segment never starts with a dot (no "." or ".."), and the file name has an extension (no directories)
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.lastIndexOf('.') < path.lastIndexOf('/') + 1) {
            return Optional.empty();
        }
        Asset cached = cache.get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = loader.getResourceAsStream(directory + path)) {
            if (in == null) {
                return Optional.empty();
            }
            Asset asset = new Asset(in.readAllBytes(), contentType(path));
            cache.put(path, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory + path + " from the agent's jar", e);
        }
    }

    /** Jetty's table of types by extension; text is served as UTF-8, an unknown extension as bytes. */
    static String contentType(String path) {
        String type = MimeTypes.DEFAULTS.getMimeByExtension(path);
        if (type == null) {
            return "application/octet-stream";
        }
        return type.startsWith("text/") ? type + ";charset=utf-8" : type;
    }
}
