package dev.inviteledger.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads LinkedIn's "Sent invitations" page, the only code in the product that knows its markup.
 * Accepts a whole document or just the region the extension captures (a sanitized clone of
 * {@code <main>} or {@code <body>}), of any generation described in docs/replay.md.
 *
 * <p>Anchors, most stable first: the withdraw control → its row → the age line → the /in/ link →
 * the selected "People (N)" count. Hashed class names are never relied on.
 *
 * <p>Thread-safe, and stateless but for a spare node table handed from one parse to the next
 * ({@link PageNodes#borrow}, atomically) and the scan's answers by tag, which depend on the tag alone. {@link #parse} never throws: what it cannot read becomes a warning.
 */
public final class SentPageParser {
    /** Markup characters per element or text node, roughly, on Sent pages: sizes the scan's arrays up front. */
    private static final int CHARS_PER_NODE = 20;

    public ParsedPage parse(String html) {
        return parse(PageMarkup.of(html));
    }

    public ParsedPage parse(PageMarkup page) {
        try {
            // what Jsoup.parse(String) does, from a reader: the markup need not be one String (PageMarkup)
            return parseDocument(Parser.htmlParser().parseInput(page.reader(), ""), page.size());
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive: jsoup and our walks are iterative, but a capture must never crash the agent.
            return new ParsedPage(List.of(), new Coverage(0, null, false),
                    List.of("Page layout not recognised: the page could not be read (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static ParsedPage parseDocument(Document doc, int htmlLength) {
        PageScan scan = PageScan.intoBorrowedTable(doc, Math.min(htmlLength / CHARS_PER_NODE, PageNodes.MAX_KEPT));
        try {
            return read(scan);
        } finally {
            scan.nodes.release();
        }
    }

    private static ParsedPage read(PageScan scan) {
        Visibility visibility = new Visibility();
        List<WithdrawControls.Control> controls = WithdrawControls.from(scan);
        List<RowLocator.Located> located = RowLocator.locate(controls, scan.nodes);

        Set<String> warnings = new LinkedHashSet<>();
        List<ParsedRow> rows = distinctRows(located, warnings);

        PeopleCount.Result people = PeopleCount.choose(scan.peopleCounts, visibility);
        if (people.warning() != null) {
            warnings.add(people.warning());
        }
        ListContinuation more = ListContinuation.find(scan, rowElements(scan, located), visibility);
        Coverage coverage = coverage(rows.size(), people.total(), more, warnings);
        return new ParsedPage(rows, coverage, new ArrayList<>(warnings));
    }

    /** The rows' elements, which only a "Load more" button needs (one inside a row is a note's, not the list's). */
    private static Set<Element> rowElements(PageScan scan, List<RowLocator.Located> located) {
        if (scan.loadMoreButtons.isEmpty()) {
            return Set.of();
        }
        Set<Element> rowElements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RowLocator.Located l : located) {
            rowElements.add(l.row());
        }
        return rowElements;
    }

    /**
     * One row per person, in page order. LinkedIn keeps hidden copies of rows: a visible copy wins
     * over a hidden one; a hidden row with no visible twin is kept (it may be the only copy).
     */
    private static List<ParsedRow> distinctRows(List<RowLocator.Located> located, Set<String> warnings) {
        int n = located.size();
        // The row each key keeps so far, by index into located; page order is index order.
        Map<String, Integer> keptByKey = new HashMap<>(n * 2);
        boolean[] kept = new boolean[n];
        int unnamed = 0;
        for (int i = 0; i < n; i++) {
            RowLocator.Located l = located.get(i);
            RowReader.Read read = l.read();
            if (read == null) {
                unnamed++;
                continue;
            }
            Integer known = keptByKey.get(read.row().key());
            if (known == null || (located.get(known).control().hidden() && !l.control().hidden())) {
                keptByKey.put(read.row().key(), i);
                kept[i] = true;
                if (known != null) {
                    kept[known] = false;
                }
            }
        }
        if (unnamed > 0) {
            warnings.add(unnamed + " invitation row(s) showed no name or profile link and were skipped.");
        }
        List<ParsedRow> rows = new ArrayList<>(keptByKey.size());
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                RowReader.Read read = located.get(i).read();
                rows.add(read.row());
                if (!read.warnings().isEmpty()) {
                    warnings.addAll(read.warnings());
                }
            }
        }
        return rows;
    }

    /** Complete only when the page itself proves every invitation is present. */
    private static Coverage coverage(int rows, Integer total, ListContinuation more, Set<String> warnings) {
        if (more.paginated()) {
            warnings.add(more.currentPage() != null && more.pageCount() != null
                    ? "This is page " + more.currentPage() + " of " + more.pageCount()
                        + ": only this page's invitations are included."
                    : "The list is split into pages: only this page's invitations are included.");
        }
        if (rows == 0 && (total == null || total > 0)) {
            warnings.add(total == null
                    ? "Page layout not recognised: no invitation row and no People (N) count were found."
                    : "Page layout not recognised: the page says People (" + total + ") but no invitation row was found.");
            return new Coverage(0, total, false);
        }
        if (total == null) {
            warnings.add("The page shows no People (N) count, so it cannot tell whether every invitation is present.");
            return new Coverage(rows, null, false);
        }
        if (rows > total) {
            warnings.add("The page lists " + rows + " invitations but says People (" + total + ").");
        }
        boolean complete = rows == total && !more.loadMore() && !more.paginated();
        return new Coverage(rows, total, complete);
    }
}
