package dev.inviteledger.web;

import dev.inviteledger.ledger.InvitationRecord;
import dev.inviteledger.ledger.InvitationState;
import dev.inviteledger.policy.Classification;
import dev.inviteledger.policy.Flag;
import dev.inviteledger.policy.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every invitation of the account: filter by status, search by name, sort, page, pin. */
public final class InvitationsPage {
    static final int PAGE_SIZE = 50;
    static final String ALL = "all";
    static final String PENDING = "pending";
    private static final Set<Status> PENDING_STATUSES = Set.of(Status.FRESH, Status.WAITING, Status.STALE,
            Status.OVERDUE, Status.UNKNOWN);

    /** Sort orders, by query value. */
    enum Sort {
        AGE("age", "Oldest first"), NEWEST("newest", "Newest first"), NAME("name", "Name A–Z"),
        PLAN("plan", "Withdrawal plan"), SEEN("seen", "Last seen");

        final String value;
        final String label;

        Sort(String value, String label) {
            this.value = value;
            this.label = label;
        }

        static Sort of(String value) {
            for (Sort s : values()) {
                if (s.value.equals(value)) {
                    return s;
                }
            }
            return AGE;
        }
    }

    /** What was asked for, validated: only known values survive, so links built from it are safe. */
    record Query(String status, Sort sort, int page, String search) {
        static Query of(String status, String sort, String page, String search) {
            String s = status == null || status.isBlank() ? PENDING : status;
            if (!s.equals(ALL) && !s.equals(PENDING)) {
                try {
                    s = Status.fromWire(s).wireName();
                } catch (IllegalArgumentException unknown) {
                    s = PENDING;
                }
            }
            int p = 1;
            try {
                p = Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
            } catch (NumberFormatException ignored) {
                // page 1
            }
            String q = search == null ? "" : search.strip();
            return new Query(s, Sort.of(sort), p, q.length() > 100 ? q.substring(0, 100) : q);
        }

        String url(String account, int toPage) {
            return Urls.of("/invitations", "account", account, "status", status, "sort", sort.value,
                    "q", search, "page", toPage > 1 ? Integer.toString(toPage) : null);
        }
    }

    public record View(Chrome chrome, boolean empty, List<Filter> filters, List<SortOption> sorts, String status,
                       String search, List<Row> rows, int total, int from, int to, Pager pager, String exportCsv,
                       String exportJson, String returnTo) {}

    public record Filter(String label, String href, int count, boolean current, String tone) {}

    public record SortOption(String value, String label, boolean selected) {}

    /**
     * One invitation.
     *
     * @param ageTitle the send window in words, for a tooltip
     * @param plan     "Today #3", "Day 2 #61" or null
     * @param closed   a line about how it closed, or null while pending
     */
    public record Row(String key, String name, String profileUrl, String headline, String status, String statusLabel,
                      List<Chip> chips, String age, String ageTitle, boolean hasNote, int resendCount, String plan,
                      String closed, boolean pending, boolean keep) {}

    public record Chip(String label, String tone) {}

    public record Pager(String previous, String next, List<PageLink> pages) {}

    public record PageLink(String label, String href, boolean current) {}

    private InvitationsPage() {}

    static String statusLabel(Status status) {
        return switch (status) {
            case FRESH -> "Fresh";
            case WAITING -> "Waiting";
            case STALE -> "Stale";
            case OVERDUE -> "Overdue";
            case UNKNOWN -> "Unknown age";
            case WITHDRAWN -> "Withdrawn";
            case ACCEPTED -> "Accepted";
            case CLOSED_UNKNOWN -> "Closed";
        };
    }

    static View build(Chrome chrome, Snapshot s, Query q) {
        String account = chrome.severalAccounts() ? s.account() : null;
        Map<Long, InvitationRecord> records = s.recordsById();
        List<Classification> all = s.evaluation().invitations();
        Map<Status, Integer> counts = Series.statusCounts(all);

        List<Filter> filters = new ArrayList<>();
        int pendingCount = PENDING_STATUSES.stream().mapToInt(counts::get).sum();
        filters.add(filter("Pending", PENDING, pendingCount, q, account, "accent"));
        for (Status st : Status.values()) {
            filters.add(filter(statusLabel(st), st.wireName(), counts.get(st), q, account, st.wireName()));
        }
        filters.add(filter("All", ALL, all.size(), q, account, "neutral"));

        String needle = q.search().toLowerCase(Locale.ROOT);
        List<Classification> matching = all.stream()
                .filter(c -> q.status().equals(ALL) || (q.status().equals(PENDING) ? PENDING_STATUSES.contains(c.status())
                        : c.status().wireName().equals(q.status())))
                .filter(c -> needle.isEmpty() || (c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(comparator(q.sort(), records))
                .toList();

        int total = matching.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(q.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        int to = Math.min(total, from + PAGE_SIZE);
        List<Row> rows = new ArrayList<>();
        for (Classification c : matching.subList(from, to)) {
            rows.add(row(c, records.get(c.id()), s.fmt()));
        }
        List<SortOption> sorts = new ArrayList<>();
        for (Sort sort : Sort.values()) {
            sorts.add(new SortOption(sort.value, sort.label, sort == q.sort()));
        }
        Query shown = new Query(q.status(), q.sort(), page, q.search());
        return new View(chrome, s.empty(), filters, sorts, q.status(), q.search(), rows, total,
                total == 0 ? 0 : from + 1, to, pager(shown, account, pages),
                Urls.of("/api/v1/export.csv", "account", s.account()),
                Urls.of("/api/v1/export.json", "account", s.account()), shown.url(account, page));
    }

    private static Filter filter(String label, String status, int count, Query q, String account, String tone) {
        Query to = new Query(status, q.sort(), 1, q.search());
        return new Filter(label, to.url(account, 1), count, status.equals(q.status()), tone);
    }

    private static Comparator<Classification> comparator(Sort sort, Map<Long, InvitationRecord> records) {
        Comparator<Classification> byName = Comparator.comparing(
                (Classification c) -> c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT));
        Comparator<Classification> byId = Comparator.comparingLong(Classification::id);
        // unknown ages sort last in both directions
        Comparator<Classification> oldest = Comparator.comparing((Classification c) -> c.ageNow() == null)
                .thenComparing((Classification c) -> c.ageNow() == null ? 0 : -c.ageNow().min());
        Comparator<Classification> newest = Comparator.comparing((Classification c) -> c.ageNow() == null)
                .thenComparing((Classification c) -> c.ageNow() == null ? 0 : c.ageNow().max());
        return switch (sort) {
            case AGE -> oldest.thenComparing(byName).thenComparing(byId);
            case NEWEST -> newest.thenComparing(byName).thenComparing(byId);
            case NAME -> byName.thenComparing(byId);
            case PLAN -> Comparator.comparing((Classification c) -> c.plan() == null)
                    .thenComparing((Classification c) -> c.plan() == null ? 0 : c.plan().rank())
                    .thenComparing(oldest).thenComparing(byId);
            case SEEN -> Comparator.comparing((Classification c) -> {
                InvitationRecord r = records.get(c.id());
                return r == null || r.lastSeen() == null ? java.time.Instant.MIN : r.lastSeen();
            }).reversed().thenComparing(byName).thenComparing(byId);
        };
    }

    private static Row row(Classification c, InvitationRecord r, Fmt fmt) {
        List<Chip> chips = new ArrayList<>();
        for (Flag f : c.flags()) {
            switch (f) {
                case NO_NOTE, RESENT -> { } // the Note and Re-sends columns say it
                case SPAM_RISK -> chips.add(new Chip("spam risk", "cap"));
                case KEEP -> chips.add(new Chip("kept", "accent"));
            }
        }
        String ageTitle = r == null || r.sentAt() == null ? "No readable send date yet"
                : "Sent between " + fmt.dateTime(r.sentAt().earliest()) + " and " + fmt.dateTime(r.sentAt().latest());
        String plan = c.plan() == null ? null : c.plan().today() ? "Today #" + c.plan().rank()
                : "Day " + c.plan().batch() + " · #" + c.plan().rank();
        return new Row(c.key(), c.name(), r == null ? null : Urls.profile(r.profileUrl()), r == null ? null : r.headline(),
                c.status().wireName(), statusLabel(c.status()), chips, Fmt.age(c.ageNow()), ageTitle, c.hasNote(),
                c.resendCount(), plan, closedLine(c, r, fmt), c.state() == InvitationState.PENDING, c.keep());
    }

    private static String closedLine(Classification c, InvitationRecord r, Fmt fmt) {
        if (r == null || c.state() == InvitationState.PENDING) {
            return null;
        }
        return switch (c.state()) {
            case WITHDRAWN -> "withdrawn " + fmt.date(r.withdrawnAt() != null ? r.withdrawnAt() : r.closedAt())
                    + (c.resendPossibleFrom() == null ? "" : c.resendPossibleFrom().isAfter(fmt.now())
                    ? " · re-send from " + fmt.date(c.resendPossibleFrom()) : " · can re-send");
            case ACCEPTED -> "connected · gone from the list " + fmt.date(r.closedAt());
            case CLOSED_UNKNOWN -> "gone from the list " + fmt.date(r.closedAt());
            case PENDING -> null;
        };
    }

    private static Pager pager(Query q, String account, int pages) {
        List<PageLink> links = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            boolean near = p == 1 || p == pages || Math.abs(p - q.page()) <= 2;
            if (near) {
                links.add(new PageLink(Integer.toString(p), q.url(account, p), p == q.page()));
            } else if (links.isEmpty() || !links.get(links.size() - 1).label().equals("…")) {
                links.add(new PageLink("…", null, false));
            }
        }
        return new Pager(q.page() > 1 ? q.url(account, q.page() - 1) : null,
                q.page() < pages ? q.url(account, q.page() + 1) : null, pages > 1 ? links : List.of());
    }
}
