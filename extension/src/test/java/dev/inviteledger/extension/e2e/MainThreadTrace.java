package dev.inviteledger.extension.e2e;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chromium's own trace of the page's main thread, read for CPU time: on a shared 2-core machine a
 * task's wall time (what PerformanceObserver reports) grows with the load, its thread CPU time much
 * less. Reported next to the wall-time figures, never asserted. Opt-in (-Dinviteledger.cpuTrace=true):
 * tracing itself slows the page a little and makes Chromium report rendering frames as long tasks.
 */
final class MainThreadTrace {
    /** Top-level tasks, and the rendering phases (style, layout, pre-paint, paint) inside them. */
    private static final List<String> CATEGORIES = List.of("toplevel", "devtools.timeline", "blink");
    private static final Set<String> RENDERING = Set.of("UpdateLayoutTree", "Layout", "PrePaint", "Paint",
            "Blink.CompositingInputs.UpdateTime", "Layerize", "IntersectionObserverController::computeIntersections");

    private final Browser browser;

    private MainThreadTrace(Browser browser) {
        this.browser = browser;
    }

    static boolean wanted() {
        return Boolean.getBoolean("inviteledger.cpuTrace");
    }

    static MainThreadTrace start(Browser browser, Page page) {
        browser.startTracing(page, new Browser.StartTracingOptions().setCategories(CATEGORIES));
        return new MainThreadTrace(browser);
    }

    /** Stops tracing; CPU times (ms) of the renderer main thread's tasks. */
    Summary stop() {
        JsonObject root = JsonParser.parseString(new String(browser.stopTracing(), StandardCharsets.UTF_8)).getAsJsonObject();
        Set<String> mainThreads = new HashSet<>();
        for (JsonElement e : root.getAsJsonArray("traceEvents")) {
            JsonObject ev = e.getAsJsonObject();
            if (ev.has("name") && "thread_name".equals(ev.get("name").getAsString())
                    && "CrRendererMain".equals(ev.getAsJsonObject("args").get("name").getAsString())) {
                mainThreads.add(thread(ev));
            }
        }
        List<Double> tasks = new ArrayList<>();
        double rendering = 0;
        List<Long> updates = new ArrayList<>();
        double maxRendering = 0;
        for (JsonElement e : root.getAsJsonArray("traceEvents")) {
            JsonObject ev = e.getAsJsonObject();
            if (!ev.has("tdur") || !mainThreads.contains(thread(ev))) {
                continue;
            }
            String name = ev.get("name").getAsString();
            double ms = ev.get("tdur").getAsDouble() / 1000;
            if (name.equals("ThreadControllerImpl::RunTask")) {
                tasks.add(ms);
            } else if (RENDERING.contains(name)) {
                rendering += ms;
            }
            if (name.equals("WebFrameWidgetImpl::UpdateLifecycle")) {
                maxRendering = Math.max(maxRendering, ms);
                if (ms >= 20) {
                    updates.add(Math.round(ms));
                }
            }
        }
        double longest = tasks.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long over50 = tasks.stream().filter(t -> t > 50).count();
        double total = tasks.stream().mapToDouble(Double::doubleValue).sum();
        return new Summary(longest, over50, total, maxRendering, rendering, updates);
    }

    private static String thread(JsonObject ev) {
        return ev.get("pid") + "/" + ev.get("tid");
    }

    /** CPU ms: longest task, tasks over 50 ms, all tasks, the longest rendering update, all rendering. */
    record Summary(double longestTask, long tasksOver50, double allTasks, double longestRendering, double allRendering, List<Long> updatesOver20) {
        @Override
        public String toString() {
            return String.format("longest task %.0f ms (%d over 50 ms), longest rendering update (style, layout, pre-paint, paint) %.0f ms;"
                    + " all tasks %.0f ms, of which rendering %.0f ms; rendering updates of 20 ms or more, in order: %s",
                    longestTask, tasksOver50, longestRendering, allTasks, allRendering, updatesOver20);
        }
    }
}
