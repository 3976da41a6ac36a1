-- Team register, schema 9 (PostgreSQL): the cases counted by status, kept by
-- the database, so that the app's list opens without counting the open
-- cases one by one. Counting 244,486 open cases of 1,000,000 walked the
-- open cases' index (schema 5) in 35-50 ms, about the whole of the list's
-- 50 ms (BENCHMARKS.md); the sum of a few rows here takes well under one.
--
-- Each count changes at the commit of the transaction that changed a case's
-- status or HR flag (deferred constraint triggers): by then that
-- transaction holds the audit chain's lock (every write appends its entry
-- under it; the trigger takes it too, which is immediate when already held),
-- so writers update the counts one after the other, in the chain's order,
-- and never wait for each other's counts while holding anything else.
-- Members read the counts through the same HR rule as the cases themselves
-- and write none: only the triggers' function, running as the register's
-- owner, does. Applied in one transaction (pg/migrate.rs); schemas 1 to 8
-- are never edited.

CREATE TABLE case_counts (
    status text NOT NULL,
    hr     boolean NOT NULL,
    n      bigint NOT NULL,
    PRIMARY KEY (status, hr)
);
INSERT INTO case_counts (status, hr, n) SELECT status, hr, count(*) FROM cases GROUP BY status, hr;

ALTER TABLE case_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_counts_hr ON case_counts FOR SELECT
    USING (NOT hr OR (SELECT pg_has_role(current_user, 'casebook_hr', 'MEMBER')
                          OR pg_has_role(current_user, 'casebook_dpo', 'MEMBER')));
GRANT SELECT ON case_counts TO casebook_dpo, casebook_handler, casebook_auditor, casebook_hr;

-- One changed case: its old status and flag counted out, its new ones in.
-- 7161131761776160619 is the audit chain's advisory lock (pg/audit.rs).
CREATE FUNCTION casebook_count_case() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7161131761776160619);
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_counts SET n = n - 1 WHERE status = OLD.status AND hr = OLD.hr;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO case_counts (status, hr, n) VALUES (NEW.status, NEW.hr, 1)
            ON CONFLICT (status, hr) DO UPDATE SET n = case_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION casebook_count_case() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER cases_counted_in AFTER INSERT ON cases
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION casebook_count_case();
CREATE CONSTRAINT TRIGGER cases_counted_again AFTER UPDATE OF status, hr ON cases
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.hr IS DISTINCT FROM NEW.hr)
    EXECUTE FUNCTION casebook_count_case();
CREATE CONSTRAINT TRIGGER cases_counted_out AFTER DELETE ON cases
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION casebook_count_case();
