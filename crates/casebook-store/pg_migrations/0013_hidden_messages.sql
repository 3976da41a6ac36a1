-- Team register, schema 13 (PostgreSQL): whether a message was filed on a
-- case the member importing it may not see. An import looks a message up
-- by its Message-ID, the ids it answers and its content, as the member,
-- through row-level security: a member outside casebook_hr finds nothing
-- filed on an HR case, and would import the message again, or file an
-- employee's reply as a new case that every member sees.
--
-- This function runs as the register's owner, whom the policies do not
-- bind, and tells only whether some case holds a message with one of these
-- ids or this content (not which case, nor anything of it), so that
-- Casebook refuses such an import and names who may make it. Applied in
-- one transaction (pg/migrate.rs); schemas before it are never edited.

CREATE FUNCTION casebook_message_filed(message_ids text[], content text)
    RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
    -- Two indexed look-ups: an OR across the two columns would read the table.
    SELECT EXISTS (SELECT 1 FROM correspondence WHERE message_id = ANY (message_ids))
        OR EXISTS (SELECT 1 FROM correspondence WHERE sha256 = content)
$f$;
REVOKE ALL ON FUNCTION casebook_message_filed(text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION casebook_message_filed(text[], text)
    TO casebook_dpo, casebook_handler, casebook_auditor, casebook_hr;
