-- Team register, schema 5 (PostgreSQL): the app's case list opens on the
-- open cases, soonest deadline first (cases without a date last), and counts
-- them. This partial index holds exactly those rows in exactly that order,
-- as the local register's schema 8 does, with each case's HR flag beside it
-- (INCLUDE), so that the first page and the count are read from the index
-- alone even through the HR policy, which reads that flag.
--
-- The HR policy itself is written again so that whether the member may see
-- HR cases is asked once a query (a scalar subquery: an InitPlan), not once
-- a row: on 1,000,000 cases the count of the open ones took 330 ms as a
-- handler, 30 ms as the owner (BENCHMARKS.md). Who sees what is unchanged.
-- Schemas 1-4 are never edited.
CREATE INDEX cases_open_due ON cases ((due IS NULL), due, id) INCLUDE (hr)
  WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent');
DROP POLICY cases_hr ON cases;
CREATE POLICY cases_hr ON cases
    USING (NOT hr OR (SELECT pg_has_role(current_user, 'casebook_hr', 'MEMBER')
                          OR pg_has_role(current_user, 'casebook_dpo', 'MEMBER')));
