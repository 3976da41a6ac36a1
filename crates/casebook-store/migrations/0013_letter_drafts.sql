-- Letters as drafts before records (schema 13): `letter make` keeps the
-- letter here to be reviewed; sending it makes the correspondence out (with
-- its PDF among the case's documents), discarding it keeps the row. A sent
-- letter is never deleted: withdrawing it adds a row to
-- `correspondence_withdrawals` saying when, why and who.
CREATE TABLE letter_drafts (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    language      TEXT NOT NULL,
    title         TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    details       TEXT NOT NULL,      -- JSON: what the DPO added (a reason, a fee…)
    letter_date   TEXT NOT NULL,      -- the date printed on the letter
    made_at       TEXT NOT NULL,
    made_by       TEXT NOT NULL,
    pdf           BLOB NOT NULL,
    pdf_sha256    TEXT NOT NULL,
    text          TEXT NOT NULL,      -- the facts as the letter states them
    eml           BLOB,
    message_id    TEXT,
    state         TEXT NOT NULL CHECK (state IN ('draft', 'sent', 'discarded')),
    closed_at     TEXT,               -- when it was sent or discarded
    closed_by     TEXT,
    correspondence_id INTEGER REFERENCES correspondence(id) ON DELETE CASCADE,
    CHECK ((state = 'draft') = (closed_at IS NULL)),
    CHECK ((state = 'sent') = (correspondence_id IS NOT NULL))
) STRICT;
CREATE INDEX letter_drafts_by_case ON letter_drafts(case_id);

CREATE TABLE correspondence_withdrawals (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    correspondence_id INTEGER NOT NULL UNIQUE REFERENCES correspondence(id) ON DELETE CASCADE,
    reason            TEXT NOT NULL,
    by_whom           TEXT NOT NULL,
    at                TEXT NOT NULL
) STRICT;
CREATE INDEX correspondence_withdrawals_by_case ON correspondence_withdrawals(case_id);
