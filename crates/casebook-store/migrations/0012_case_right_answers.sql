-- Each right of a case answered on its own (schema 12): its outcome, the
-- refusal ground or the exemption/reason in words, who answered and when.
-- One answer per right: a right is answered once (re-opening the case does
-- not clear it).
CREATE TABLE case_right_answers (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    right     TEXT NOT NULL,
    outcome   TEXT NOT NULL,          -- fulfilled | partly | refused | not-applicable | no-data
    ground    TEXT,                   -- the refusal ground, for a refused right
    detail    TEXT,                   -- the exemption (partly), why (not-applicable), the reason (refused)
    by_whom   TEXT NOT NULL,
    on_date   TEXT NOT NULL,
    at        TEXT NOT NULL,
    UNIQUE (case_id, right),
    CHECK ((outcome = 'refused') = (ground IS NOT NULL))
) STRICT;
