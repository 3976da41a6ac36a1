-- Schema 5: the register of processing (the organisation's data map) and the
-- per-case search log.

-- One row per system holding personal data. The record is the JSON of
-- casebook_core::processing::System: its shape grows with the register format,
-- as the settings do, and it is only ever read whole.
CREATE TABLE processing_systems (
    id       TEXT PRIMARY KEY,        -- the system's slug (crm, billing, …)
    position INTEGER NOT NULL,        -- register order
    record   TEXT NOT NULL            -- JSON
) STRICT;

-- Each search of a system for a case's requester (or the reason it was not
-- searched). The latest row per (case, system) is that system's state; earlier
-- rows stay as history. No foreign key to processing_systems: a system removed
-- from the register keeps the searches made in it.
CREATE TABLE case_searches (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    system_id TEXT NOT NULL,
    searched  INTEGER NOT NULL CHECK (searched IN (0, 1)),
    result    TEXT,                   -- found | nothing-found, when searched
    reason    TEXT,                   -- why not, when not searched
    by_whom   TEXT NOT NULL,
    on_date   TEXT NOT NULL,
    note      TEXT,
    at        TEXT NOT NULL,
    CHECK ((searched = 1 AND result IS NOT NULL AND reason IS NULL)
        OR (searched = 0 AND result IS NULL AND reason IS NOT NULL))
) STRICT;
CREATE INDEX case_searches_by_case ON case_searches(case_id, system_id);
