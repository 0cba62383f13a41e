package dev.inviteledger.ledger;

import java.util.Set;

/**
 * A page of one account's invitations for the API.
 *
 * @param states empty for all states
 * @param page   0-based page number
 * @param size   rows per page, 1..{@link #MAX_SIZE}
 */
public record InvitationQuery(String account, Set<InvitationState> states, Sort sort, int page, int size) {
    public static final int MAX_SIZE = 500;

    public enum Sort {
        /** name A–Z (case-insensitive) */
        NAME,
        /** oldest send first; unknown ages last */
        AGE,
        /** most recently seen first */
        LAST_SEEN
    }

    public InvitationQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? Sort.AGE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
