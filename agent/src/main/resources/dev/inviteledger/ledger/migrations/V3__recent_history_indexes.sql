-- Schema version 3 (issue 9, the capture budget): answering a capture reads what is still relevant after a
-- horizon (closed invitations seen or closed since then, withdrawals since then). Without these indexes both
-- reads scanned an account's whole history, a year of rows, for every capture.

-- Closed invitations by the later of closing and last sighting. Partial: pending rows, whose last_seen every
-- capture moves, are not in it, so the index costs nothing on the hot write path.
CREATE INDEX invitations_closed_by_recency
    ON invitations(account_id, max(coalesce(closed_at, last_seen), last_seen)) WHERE state <> 'pending';

CREATE INDEX withdrawals_by_time ON withdrawals(withdrawn_at);
