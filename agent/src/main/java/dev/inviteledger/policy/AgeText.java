package dev.inviteledger.policy;

import dev.inviteledger.page.AgeDays;

/** Ages in the words people use: "sent 3 days ago", "sent 5–6 weeks ago", "sent 4 months ago". */
final class AgeText {
    private AgeText() {}

    static String sentAgo(AgeDays a) {
        if (a.max() == 0) {
            return "sent today";
        }
        if (a.min() == 1 && a.max() == 1) {
            return "sent yesterday";
        }
        // the unit follows the lower bound, so a wide interval is never rounded into a younger unit
        if (a.min() < 14) {
            return "sent " + span(a.min(), a.max()) + " days ago";
        }
        if (a.min() < 90) {
            return "sent " + span(a.min() / 7, a.max() / 7) + " weeks ago";
        }
        if (a.min() < 730) {
            return "sent " + span(a.min() / 30, a.max() / 30) + " months ago";
        }
        return "sent " + span(a.min() / 365, a.max() / 365) + " years ago";
    }

    private static String span(int low, int high) {
        return low == high ? Integer.toString(low) : low + "–" + high;
    }
}
