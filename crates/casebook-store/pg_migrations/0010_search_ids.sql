-- Team register, schema 10 (PostgreSQL): a search for rare words through
-- the words' index. Row-level security applies the HR policy before `@@`,
-- which is not leakproof, so a member's search never uses the GIN index of
-- schema 3: it reads every row, 0.7 s for a name on 1,000,000 cases
-- (BENCHMARKS.md). Nor does the planner use the words' statistics for a
-- member, so it cannot tell a rare word from a common one either.
--
-- This function runs as the register's owner, whom neither binds. When the
-- planner expects the words to match at most 5,000 cases, it finds them
-- through the index, applies the HR rule itself to the login calling it
-- (session_user: inside the function current_user is the owner), and
-- returns the ids of the matching cases that login may see (up to 5,001, so
-- that an underestimate shows); otherwise NULL, and Casebook reads the
-- table in order, its count stopping at the search's cap, as before. It
-- returns nothing else: the list then reads those cases as the member,
-- through the policies as always. What a caller learns beyond the cases it
-- may see is only whether the words are expected to match more than 5,000
-- cases in the whole register (the threshold is fixed here, not the
-- caller's). VOLATILE because it runs EXPLAIN; it writes nothing. Applied
-- in one transaction (pg/migrate.rs); schemas 1 to 9 are never edited.

CREATE FUNCTION casebook_matching_ids(words tsquery)
    RETURNS bigint[]
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
DECLARE
    line text;
    expected float8;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN SELECT 1 FROM cases c WHERE c.search @@ $1' USING words LOOP
        expected := substring(line FROM 'rows=([0-9]+)')::float8;
        EXIT WHEN expected IS NOT NULL;
    END LOOP;
    IF expected IS NULL OR expected > 5000 THEN
        RETURN NULL;
    END IF;
    RETURN ARRAY(
        SELECT c.id FROM cases c
        WHERE c.search @@ words
          AND (NOT c.hr OR pg_has_role(session_user, 'casebook_hr', 'MEMBER')
                         OR pg_has_role(session_user, 'casebook_dpo', 'MEMBER'))
        LIMIT 5001);
END
$f$;
REVOKE ALL ON FUNCTION casebook_matching_ids(tsquery) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_matching_ids(tsquery)
    TO casebook_dpo, casebook_handler, casebook_auditor, casebook_hr;
