package dev.inviteledger.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runtime's module list ({@code src/main/packaging/jlink-modules.txt}): modules to bundle ({@code +name why})
 * and modules jdeps reports that are deliberately left out ({@code -name why}).
 */
public record JlinkModules(Set<String> bundled, Set<String> leftOut) {

    public static JlinkModules parse(List<String> lines) {
        Set<String> bundled = new LinkedHashSet<>();
        Set<String> leftOut = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String module = line.split("\\s+", 2)[0];
            if (module.length() < 2 || (module.charAt(0) != '+' && module.charAt(0) != '-')) {
                throw new IllegalArgumentException("jlink module list: expected '+module why' or '-module why', got: " + raw);
            }
            if (line.split("\\s+", 2).length < 2) {
                throw new IllegalArgumentException("jlink module list: say why " + module.substring(1) + " is " +
                        (module.charAt(0) == '+' ? "bundled" : "left out") + ": " + raw);
            }
            (module.charAt(0) == '+' ? bundled : leftOut).add(module.substring(1));
        }
        Set<String> both = new TreeSet<>(bundled);
        both.retainAll(leftOut);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("jlink module list: both bundled and left out: " + both);
        }
        if (!bundled.contains("java.base")) {
            throw new IllegalArgumentException("jlink module list: java.base must be bundled");
        }
        return new JlinkModules(Set.copyOf(bundled), Set.copyOf(leftOut));
    }

    public static JlinkModules read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    /** Modules jdeps needs that the list neither bundles nor leaves out on purpose. */
    public List<String> unaccountedFor(Collection<String> jdepsModules) {
        List<String> missing = new ArrayList<>();
        for (String module : new TreeSet<>(jdepsModules)) {
            if (!bundled.contains(module) && !leftOut.contains(module)) {
                missing.add(module);
            }
        }
        return missing;
    }

    /** {@code jdeps --print-module-deps} output: one comma-separated line. */
    public static Set<String> parseJdepsOutput(String output) {
        Set<String> modules = new TreeSet<>();
        for (String line : output.strip().lines().toList()) {
            for (String part : line.split(",")) {
                if (!part.isBlank()) {
                    modules.add(part.strip());
                }
            }
        }
        return modules;
    }

    /** Sorted, comma-separated, for {@code jlink --add-modules}. */
    public String addModulesArgument() {
        return String.join(",", new TreeSet<>(bundled));
    }
}
