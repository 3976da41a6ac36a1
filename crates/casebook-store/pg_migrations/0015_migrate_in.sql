-- Team register, schema 15 (PostgreSQL): a local register moved in whole
-- (`casebook team migrate --from FILE.db --to postgres://…`, pg/migrate_in.rs).
--
-- The local register's audit log is copied as it is (every entry's id,
-- instant, actor, texts, digests, format and hash), so that its chain, and
-- the heads that letters and packages already carry, still verify. Its
-- actors are the local register's, not the member copying it, which the
-- policy `audit_log_append` (an entry's actor is current_user) refuses, and
-- rightly for every ordinary write. `casebook_migrate_audit` is the one
-- door for them: it runs as the register's owner, only for a member of
-- casebook_dpo, and only while the chain has no head (a register no entry
-- was ever appended to: `audit_head` is written by every ordinary append,
-- and the move writes it, in the same transaction, before its own entry);
-- the entries it takes must continue the log (the next id, linked to the
-- last entry or to the genesis). Once the head exists it refuses, so it can
-- neither rewrite nor add to a chain in use.
--
-- `casebook_migrate_sequences` moves each identity column's sequence past
-- the ids copied (setting a sequence needs its UPDATE privilege, which no
-- member has), and `casebook_row_counts` counts the rows of every table the
-- move writes, whatever row-level security hides, so that the copy can be
-- compared with its source: a stored file no case links to any more is
-- read by nobody but is counted here. Both for casebook_dpo only.
-- Applied in one transaction (pg/migrate.rs); schemas 1 to 14 are never edited.

CREATE FUNCTION casebook_migrate_audit(
    ids bigint[], ats text[], actors text[], case_ids bigint[], refs text[], actions text[],
    befores text[], afters text[], prevs text[], hashes text[], formats integer[],
    before_shas text[], after_shas text[], states text[], state_shas text[])
    RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
DECLARE
    last_id bigint;
    last_hash text;
    n integer := coalesce(array_length(ids, 1), 0);
BEGIN
    IF NOT pg_has_role(session_user, 'casebook_dpo', 'MEMBER') THEN
        RAISE EXCEPTION 'only a member of casebook_dpo may move a register in' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM audit_head) THEN
        RAISE EXCEPTION 'the audit chain of this register is already in use: a register is moved only into an empty one'
            USING ERRCODE = '42501';
    END IF;
    IF n = 0 THEN
        RETURN 0;
    END IF;
    SELECT a.id, a.hash INTO last_id, last_hash FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    IF ids[1] <> coalesce(last_id, 0) + 1
       OR prevs[1] <> coalesce(last_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'audit entry % does not continue the log (entry % is its last)', ids[1], coalesce(last_id, 0)
            USING ERRCODE = '23514';
    END IF;
    FOR i IN 2 .. n LOOP
        IF ids[i] <> ids[i - 1] + 1 OR prevs[i] <> hashes[i - 1] THEN
            RAISE EXCEPTION 'audit entry % does not link to entry %', ids[i], ids[i - 1] USING ERRCODE = '23514';
        END IF;
    END LOOP;
    INSERT INTO audit_log (id, at, actor, case_id, reference, action, before, after, prev_hash, hash, format,
                           before_sha256, after_sha256, state, state_sha256)
        SELECT * FROM unnest(ids, ats, actors, case_ids, refs, actions, befores, afters, prevs, hashes, formats,
                             before_shas, after_shas, states, state_shas);
    RETURN n;
END
$f$;
REVOKE ALL ON FUNCTION casebook_migrate_audit(bigint[], text[], text[], bigint[], text[], text[], text[], text[],
    text[], text[], integer[], text[], text[], text[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_migrate_audit(bigint[], text[], text[], bigint[], text[], text[], text[], text[],
    text[], text[], integer[], text[], text[], text[], text[]) TO casebook_dpo;

CREATE FUNCTION casebook_migrate_sequences() RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
DECLARE
    t record;
    top bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'casebook_dpo', 'MEMBER') THEN
        RAISE EXCEPTION 'only a member of casebook_dpo may move a register in' USING ERRCODE = '42501';
    END IF;
    FOR t IN SELECT c.table_name, pg_get_serial_sequence(c.table_name, c.column_name) AS seq
             FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.is_identity = 'YES' LOOP
        EXECUTE format('SELECT max(id) FROM %I', t.table_name) INTO top;
        IF top IS NOT NULL THEN
            PERFORM setval(t.seq, top);
        END IF;
    END LOOP;
END
$f$;
REVOKE ALL ON FUNCTION casebook_migrate_sequences() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_migrate_sequences() TO casebook_dpo;

CREATE FUNCTION casebook_row_counts(tables text[])
    RETURNS TABLE (name text, n bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
DECLARE
    t text;
BEGIN
    IF NOT pg_has_role(session_user, 'casebook_dpo', 'MEMBER') THEN
        RAISE EXCEPTION 'only a member of casebook_dpo may count every row' USING ERRCODE = '42501';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        name := t;
        EXECUTE format('SELECT count(*) FROM public.%I', t) INTO n;
        RETURN NEXT;
    END LOOP;
END
$f$;
REVOKE ALL ON FUNCTION casebook_row_counts(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_row_counts(text[]) TO casebook_dpo;
