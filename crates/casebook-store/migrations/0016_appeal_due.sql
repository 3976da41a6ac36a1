-- Schema 16: a case answered is still one to work on while a consumer's
-- appeal of its answer awaits a decision (US state laws give that decision
-- its own statutory date, e.g. 60 days in Virginia). `appeal_due` holds that
-- date while the appeal waits (NULL otherwise), written by the app with the
-- case's other dates. The list's open cases, its "due within" and the
-- dashboard's counts take these cases in, by the appeal's date; before, a
-- refused case under appeal was in none of them.
--
-- The open cases' partial index (schema 8) becomes the running cases',
-- ordered by the date each must meet next: the case's own due date, or the
-- appeal's while one waits (the earlier of the two on a case still open).
-- The expression is the one the queries write (`NEXT_DUE` in lib.rs), so
-- that the first page is still read from the index. Dates already stored
-- are brought up by the app (deadline rules revision 4).
ALTER TABLE cases ADD COLUMN appeal_due TEXT;
DROP INDEX cases_open_due;
CREATE INDEX cases_open_due ON cases (
    (CASE WHEN appeal_due IS NOT NULL AND (due IS NULL OR appeal_due < due
          OR status IN ('closed', 'withdrawn', 'refused', 'response-sent')) THEN appeal_due ELSE due END) IS NULL,
    (CASE WHEN appeal_due IS NOT NULL AND (due IS NULL OR appeal_due < due
          OR status IN ('closed', 'withdrawn', 'refused', 'response-sent')) THEN appeal_due ELSE due END),
    id)
  WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent') OR appeal_due IS NOT NULL;
