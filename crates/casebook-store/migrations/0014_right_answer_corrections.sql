-- A right's answer corrected (schema 14): the answer as it stood before is
-- kept here, with why it was corrected, by whom and when; the right's row in
-- `case_right_answers` then holds the corrected answer. A correction is never
-- deleted, so a right's history is every row here, oldest first, then its
-- answer now.
CREATE TABLE case_right_answer_corrections (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    right        TEXT NOT NULL,
    outcome      TEXT NOT NULL,       -- the earlier answer, as recorded
    ground       TEXT,
    detail       TEXT,
    by_whom      TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    answered_at  TEXT NOT NULL,       -- when the earlier answer was recorded
    reason       TEXT NOT NULL,       -- why it was corrected
    corrected_by TEXT NOT NULL,
    corrected_on TEXT NOT NULL,
    at           TEXT NOT NULL,
    CHECK ((outcome = 'refused') = (ground IS NOT NULL))
) STRICT;
CREATE INDEX case_right_answer_corrections_by_case ON case_right_answer_corrections(case_id);
