package dev.inviteledger.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command to completion for the integration tests; a missing program fails with an install hint. */
final class Proc {
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Proc() {}

    static Result run(List<String> argv) {
        return run(argv, Map.of());
    }

    static Result run(List<String> argv, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(argv);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish within 180 s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + argv.get(0) + " (" + e.getMessage() + "): " + hint(argv.get(0)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Runs and requires exit 0. */
    static Result ok(List<String> argv) {
        Result result = run(argv);
        if (result.exit() != 0) {
            throw new AssertionError(String.join(" ", argv) + " exited " + result.exit() + ":\n" + result.all());
        }
        return result;
    }

    static String hint(String program) {
        return switch (program) {
            case "dpkg", "dpkg-deb", "dpkg-query" -> "these tests need Debian's dpkg (apt-get install dpkg)";
            case "fakeroot" -> "apt-get install fakeroot";
            default -> "is it installed and on the PATH?";
        };
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
