package dev.inviteledger.extension.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves fixture pages at the real LinkedIn URLs through Playwright routing, and aborts every
 * other LinkedIn request, so nothing leaves the machine. Documents the test navigates to are
 * counted apart from everything else: the read-only test expects "everything else" to be empty.
 */
final class FakeLinkedIn {
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger documents = new AtomicInteger();
    private final List<String> others = new CopyOnWriteArrayList<>();

    void install(BrowserContext context) {
        context.route("https://www.linkedin.com/**", this::handle);
        // any other LinkedIn host (media, static, api subdomains): never fetched, always recorded
        context.route(url -> isLinkedIn(url) && !url.startsWith("https://www.linkedin.com/"), route -> {
            others.add(route.request().method() + " " + route.request().url());
            route.abort();
        });
    }

    /** Serve html at this path (query strings ignored), e.g. "/mynetwork/invitation-manager/sent/". */
    void serve(String path, String html) {
        pages.put(path, html);
    }

    int documentsServed() {
        return documents.get();
    }

    /** LinkedIn requests that were not a document the test navigated to (browser favicon excluded). */
    List<String> otherRequests() {
        return List.copyOf(others);
    }

    void resetCounts() {
        documents.set(0);
        others.clear();
    }

    private void handle(Route route) {
        String url = route.request().url();
        String path = URI.create(url).getPath();
        String html = pages.get(path);
        if (html != null && "document".equals(route.request().resourceType())) {
            documents.incrementAndGet();
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8").setBody(html));
            return;
        }
        if (!path.equals("/favicon.ico")) {
            others.add(route.request().method() + " " + url + " (" + route.request().resourceType() + ")");
        }
        route.abort();
    }

    private static boolean isLinkedIn(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && (host.equals("linkedin.com") || host.endsWith(".linkedin.com") || host.endsWith(".licdn.com"));
        } catch (IllegalArgumentException e) {
            return false; // data: and other URLs java.net.URI cannot read are not LinkedIn's
        }
    }
}
