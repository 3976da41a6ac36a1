-- Team register, schema 5 (PostgreSQL): the app's case list opens on the
-- open cases, soonest deadline first (cases without a date last), and counts
-- them. This partial index holds exactly those rows in exactly that order,
-- as the local register's schema 8 does: the first page is read from it, the
-- count is an index-only scan of the open cases instead of a scan of every
-- case (measured in BENCHMARKS.md on 1,000,000 cases). Schemas 1-4 are never
-- edited.
CREATE INDEX cases_open_due ON cases ((due IS NULL), due, id)
  WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent');
