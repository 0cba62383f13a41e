-- Schema version 1: the first ledger. Times are INTEGER milliseconds since the epoch (UTC).
-- Applied in one transaction by Migrations; statements end with ';' at the end of a line.

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
);

-- One row per merged capture of the Sent page (or per import of LinkedIn's data export).
CREATE TABLE captures (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts(id),
    captured_at  INTEGER NOT NULL,
    recorded_at  INTEGER NOT NULL,
    source       TEXT    NOT NULL,
    url          TEXT,
    rows_seen    INTEGER NOT NULL,
    total_shown  INTEGER,
    complete     INTEGER NOT NULL CHECK (complete IN (0, 1)),
    warnings     TEXT    NOT NULL DEFAULT '[]'
);

-- One row per invitation; a re-send is a new row pointing at the earlier one (previous_id).
-- The send instant lies in (sent_earliest, sent_latest]; both NULL while no age is known.
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    key             TEXT    NOT NULL,
    name            TEXT,
    headline        TEXT,
    profile_url     TEXT,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'withdrawn', 'accepted', 'closed-unknown')),
    sent_earliest   INTEGER,
    sent_latest     INTEGER,
    first_seen      INTEGER NOT NULL,
    last_seen       INTEGER NOT NULL,
    has_note        INTEGER NOT NULL DEFAULT 0 CHECK (has_note IN (0, 1)),
    closed_at       INTEGER,
    previous_id     INTEGER REFERENCES invitations(id),
    resend_count    INTEGER NOT NULL DEFAULT 0,
    keep            INTEGER NOT NULL DEFAULT 0 CHECK (keep IN (0, 1)),
    last_sent_text  TEXT
);

-- LinkedIn shows at most one pending invitation per person: so does the ledger.
CREATE UNIQUE INDEX invitations_one_open_per_key ON invitations(account_id, key) WHERE state = 'pending';

-- What a capture said about an invitation; only stored when it differs from the previous observation.
CREATE TABLE observations (
    id             INTEGER PRIMARY KEY,
    capture_id     INTEGER NOT NULL REFERENCES captures(id),
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    age_min        INTEGER,
    age_max        INTEGER,
    sent_text      TEXT
);

-- The withdrawal log LinkedIn does not keep.
CREATE TABLE withdrawals (
    id             INTEGER PRIMARY KEY,
    invitation_id  INTEGER NOT NULL REFERENCES invitations(id),
    withdrawn_at   INTEGER NOT NULL,
    source         TEXT    NOT NULL CHECK (source IN ('observed', 'manual')),
    recorded_at    INTEGER NOT NULL,
    undone_at      INTEGER
);

-- Raw policy settings (JSON values); the policy package validates them.
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
