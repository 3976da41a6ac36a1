-- The action log of a case (schema 11): beside the search log, what was done
-- in each system for each right, and the recipients told (Art. 19).
CREATE TABLE case_actions (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    right     TEXT NOT NULL,
    system_id TEXT NOT NULL,
    did       TEXT NOT NULL,          -- erased | anonymised | kept | rectified | …
    ground    TEXT,                   -- the legal ground, for data kept
    detail    TEXT,                   -- what to what, for a rectification
    by_whom   TEXT NOT NULL,
    on_date   TEXT NOT NULL,
    at        TEXT NOT NULL,
    CHECK ((did = 'kept') = (ground IS NOT NULL))
) STRICT;
CREATE INDEX case_actions_by_case ON case_actions(case_id);

CREATE TABLE case_notifications (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    right           TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    unlisted_reason TEXT,             -- why a recipient the register does not list was told
    by_whom         TEXT NOT NULL,
    on_date         TEXT NOT NULL,
    at              TEXT NOT NULL
) STRICT;
CREATE INDEX case_notifications_by_case ON case_notifications(case_id);
