-- Team register, schema 14 (PostgreSQL): retention, as on a local register.
-- The DPO deletes a closed case whose period has passed (row deletes it
-- may already make, cascading from `cases`) and then erases the text of
-- that case's audit entries: their digests stay, so the chain still
-- verifies, and one `case.deleted` entry, holding no personal data, is the
-- tombstone. No role may update `audit_log`; this function, run as the
-- register's owner, erases only the entries of a case that no longer
-- exists, so it cannot rewrite the history of a live case. Granted to
-- casebook_dpo only (a handler may not delete). Applied in one transaction
-- (pg/migrate.rs); schemas 1 to 13 are never edited.

CREATE FUNCTION casebook_erase_deleted_case(deleted bigint)
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
DECLARE
    erased bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'casebook_dpo', 'MEMBER') THEN
        RAISE EXCEPTION 'only the DPO (casebook_dpo) erases a deleted case''s audit text'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM cases WHERE id = deleted) THEN
        RAISE EXCEPTION 'case % still exists: its audit entries keep their text', deleted
            USING ERRCODE = 'object_in_use';
    END IF;
    -- Format 1 (a local register's entries from before its schema 7, moved
    -- in by `team migrate`) hashes the text itself: it keeps its text, as on
    -- a local register.
    UPDATE audit_log
       SET before = NULL, after = NULL, state = NULL
     WHERE case_id = deleted AND format >= 2
       AND (before IS NOT NULL OR after IS NOT NULL OR state IS NOT NULL);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$f$;
REVOKE ALL ON FUNCTION casebook_erase_deleted_case(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_erase_deleted_case(bigint) TO casebook_dpo;
