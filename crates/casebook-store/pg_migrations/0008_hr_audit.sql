-- Team register, schema 8 (PostgreSQL): an HR case's audit entries for HR
-- eyes only. An entry's before and after hold the case as it was: until now
-- every member read them, so a handler outside casebook_hr could read an HR
-- case through its audit entries although row-level security hid the case.
-- An entry about a case is now read by whoever may read the case (the DPO
-- and casebook_hr members read every one); an entry about no case (settings,
-- the register of processing) by every member, as before. Every member can
-- still check the whole chain: `casebook_audit_links()` gives each entry's
-- id and its two hashes, which say nothing of the case, so an entry a member
-- may not read is checked by its place in the chain. Applied in one
-- transaction (pg/migrate.rs); schemas 1 to 7 are never edited.

DROP POLICY audit_log_read ON audit_log;
CREATE POLICY audit_log_read ON audit_log FOR SELECT
    USING (case_id IS NULL
           OR pg_has_role(current_user, 'casebook_dpo', 'MEMBER')
           OR pg_has_role(current_user, 'casebook_hr', 'MEMBER')
           OR EXISTS (SELECT 1 FROM cases c WHERE c.id = audit_log.case_id));

-- The chain's links, for every member's `audit verify`: ids and hashes only.
-- SECURITY DEFINER: runs as the register's owner, whom row-level security
-- does not bind, and returns nothing else.
CREATE FUNCTION casebook_audit_links()
    RETURNS TABLE (id bigint, prev_hash text, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT a.id, a.prev_hash, a.hash FROM audit_log a ORDER BY a.id $$;
REVOKE ALL ON FUNCTION casebook_audit_links() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_audit_links() TO casebook_dpo, casebook_handler, casebook_auditor, casebook_hr;
