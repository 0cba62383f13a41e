-- Schema version 4 (issue 9, the capture budget): a complete capture lists every pending invitation of its account,
-- and rewriting last_seen of each of them (~1,500 rows every morning) was the largest cost of a merge. Now the account
-- keeps the time of its latest complete page capture, and an invitation marked seen_last_complete was listed by it
-- (or last seen later): its last sighting is the later of last_seen and that time. See docs/ledger.md, "last_seen".

ALTER TABLE accounts ADD COLUMN last_complete_seen INTEGER;
UPDATE accounts SET last_complete_seen = (SELECT max(k.captured_at) FROM captures k
    WHERE k.account_id = accounts.id AND k.complete = 1 AND k.source <> 'import');

-- 0 for every existing row: its last_seen stays exactly what it was. Only pending invitations are ever marked.
ALTER TABLE invitations ADD COLUMN seen_last_complete INTEGER NOT NULL DEFAULT 0
    CHECK (seen_last_complete = 0 OR state = 'pending');
