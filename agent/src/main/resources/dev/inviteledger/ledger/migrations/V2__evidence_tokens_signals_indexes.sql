-- Schema version 2: how an invitation closed gets its own column (backfilled from state),
-- connection evidence from LinkedIn's data export, paired extension tokens, LinkedIn limit
-- messages, and indexes for the hot paths (merge loads open invitations of one account; the
-- policy reads one account; observations and withdrawals are looked up per invitation).

ALTER TABLE invitations ADD COLUMN closed_as TEXT CHECK (closed_as IN ('withdrawn', 'accepted', 'closed-unknown'));
UPDATE invitations SET closed_as = state WHERE state <> 'pending';

CREATE INDEX invitations_by_account_state ON invitations(account_id, state);
CREATE INDEX invitations_by_account_key ON invitations(account_id, key);
CREATE INDEX captures_by_account_time ON captures(account_id, captured_at);
CREATE INDEX observations_by_invitation ON observations(invitation_id);
CREATE INDEX observations_by_capture ON observations(capture_id);
CREATE INDEX withdrawals_by_invitation ON withdrawals(invitation_id);

-- "Connected On" from Connections.csv: the day (UTC, yyyy-mm-dd) a person became a connection.
CREATE TABLE connection_evidence (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id),
    key           TEXT    NOT NULL,
    connected_on  TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    recorded_at   INTEGER NOT NULL,
    UNIQUE (account_id, key, connected_on)
);

-- Bearer tokens of paired extensions; only a hash of each token is stored.
CREATE TABLE client_tokens (
    id            INTEGER PRIMARY KEY,
    origin        TEXT    NOT NULL,
    label         TEXT,
    token_hash    TEXT    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);

-- LinkedIn limit messages the extension saw (e.g. the weekly invitation limit).
CREATE TABLE signals (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    kind        TEXT    NOT NULL,
    text        TEXT,
    url         TEXT,
    seen_at     INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX signals_by_account_time ON signals(account_id, seen_at);
