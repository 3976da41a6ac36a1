-- Team register, schema 18 (PostgreSQL), as the local register's schema 16:
-- a case answered is still one to work on while a consumer's appeal of its
-- answer awaits a decision (US state laws give that decision its own
-- statutory date). `appeal_due` holds that date while the appeal waits (NULL
-- otherwise), written by the app with the case's other dates; the list's
-- open cases, its "due within" and the dashboard's counts take these cases
-- in, by the appeal's date.
--
-- The open cases' partial index (schema 5) becomes the running cases',
-- ordered by the date each must meet next (`NEXT_DUE` in lib.rs, the same
-- expression, so that the planner matches it), with the HR flag beside it
-- as before. The few answered cases under appeal have an index of their own,
-- so that the list's count adds them to `case_counts`' sum at once.
-- Dates already stored are brought up by a DPO member's next open (deadline
-- rules revision 4). Applied in one transaction (pg/migrate.rs); schemas 1
-- to 17 are never edited.
ALTER TABLE cases ADD COLUMN appeal_due text;
DROP INDEX cases_open_due;
CREATE INDEX cases_open_due ON cases (
    ((CASE WHEN appeal_due IS NOT NULL AND (due IS NULL OR appeal_due < due
          OR status IN ('closed', 'withdrawn', 'refused', 'response-sent')) THEN appeal_due ELSE due END) IS NULL),
    (CASE WHEN appeal_due IS NOT NULL AND (due IS NULL OR appeal_due < due
          OR status IN ('closed', 'withdrawn', 'refused', 'response-sent')) THEN appeal_due ELSE due END),
    id) INCLUDE (hr)
  WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent') OR appeal_due IS NOT NULL;
CREATE INDEX cases_appealed ON cases (status) INCLUDE (hr)
  WHERE appeal_due IS NOT NULL AND status IN ('closed', 'withdrawn', 'refused', 'response-sent');
