package dev.inviteledger.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.spi.ToolProvider;

/** Runs JDK tools in-process and external programs as processes; any failure stops the build with a reason. */
final class Tools {
    private Tools() {}

    /** Runs jdeps/jlink/jpackage from the JDK running this build; returns its standard output. */
    static String jdk(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new BuildFailure(
                tool + " is not in this JDK (" + System.getProperty("java.home") + "): build with a full JDK 17, "
                        + "e.g. apt-get install openjdk-17-jdk, and point JAVA_HOME at it"));
        log("$ " + tool + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int exit = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        logTime(tool, started);
        if (!err.toString().isBlank()) {
            System.err.print(err);
        }
        if (exit != 0) {
            throw new BuildFailure(tool + " failed (exit " + exit + "):\n" + out + err);
        }
        return out.toString();
    }

    /** Runs a program; its output is shown; returns its standard output. */
    static String run(List<String> argv, Path workingDir) {
        return run(argv, workingDir, java.util.Map.of());
    }

    /** {@link #run(List, Path)} with extra environment variables. */
    static String run(List<String> argv, Path workingDir, java.util.Map<String, String> env) {
        log("$ " + (env.isEmpty() ? "" : env + " ") + String.join(" ", argv));
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(argv).directory(workingDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            int exit = process.waitFor();
            logTime(Path.of(argv.get(0)).getFileName().toString(), started);
            String stdout = out.toString(StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new BuildFailure(argv.get(0) + " failed (exit " + exit + "): " + stdout);
            }
            return stdout;
        } catch (IOException e) {
            throw new BuildFailure("cannot run " + argv.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("interrupted while running " + argv.get(0));
        }
    }

    /** Fails with an install hint unless every program is on the PATH. */
    static void requireOnPath(List<String> programs, String installHint) {
        List<String> missing = programs.stream().filter(p -> !onPath(p)).toList();
        if (!missing.isEmpty()) {
            throw new BuildFailure("missing " + String.join(", ", missing) + " (needed for this package type): " + installHint);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void logTime(String what, long startedNanos) {
        log(String.format(java.util.Locale.ROOT, "  (%s: %.1f s)", what, (System.nanoTime() - startedNanos) / 1e9));
    }

    static void log(String line) {
        PrintStream out = System.out;
        out.println("[installer] " + line);
        out.flush();
    }

    /** A build step failed; the message says what to do. */
    static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }
}
