-- Team register, schema 13 (PostgreSQL): what an import looks up.
--
-- 1. The requesters' email addresses, lower-cased, as the local register
--    keeps them (its schema 4): an import asks for the open cases of the
--    sender's address, an indexed look-up instead of reading every open
--    case's requester (17 ms an address at 4,900 open cases, growing with
--    them). Kept by a trigger on `cases` whenever a case is stored or its
--    requester changed, in the same transaction, so no writer of a case has
--    to; read through the cases' HR rule, as a case's other rows.
--
-- 2. Whether a message was filed on a case the member importing it may not
--    see. An import looks a message up by its Message-ID, the ids it
--    answers and its content, as the member, through row-level security: a
--    member outside casebook_hr finds nothing filed on an HR case, and would
--    import the message again, or file an employee's reply as a new case
--    that every member sees. `casebook_message_filed` runs as the register's
--    owner, whom the policies do not bind, and tells only whether some case
--    holds a message with one of these ids or this content (not which case,
--    nor anything of it), so that Casebook refuses such an import and names
--    who may make it.
--
-- Applied in one transaction (pg/migrate.rs); schemas before it are never edited.

CREATE TABLE case_emails (
    email   text NOT NULL,
    case_id bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (email, case_id)
);
CREATE INDEX case_emails_by_case ON case_emails(case_id);

-- Runs as the owner: a member writes a case, the trigger its addresses.
CREATE FUNCTION casebook_case_emails() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $f$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.requester IS NOT DISTINCT FROM OLD.requester THEN
            RETURN NULL;
        END IF;
        DELETE FROM case_emails WHERE case_id = NEW.id;
    END IF;
    INSERT INTO case_emails (email, case_id)
        SELECT DISTINCT lower(e), NEW.id FROM json_array_elements_text(NEW.requester::json -> 'emails') e
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$f$;
REVOKE ALL ON FUNCTION casebook_case_emails() FROM PUBLIC;
CREATE TRIGGER case_emails_kept AFTER INSERT OR UPDATE OF requester ON cases
    FOR EACH ROW EXECUTE FUNCTION casebook_case_emails();

INSERT INTO case_emails (email, case_id)
    SELECT DISTINCT lower(e), c.id FROM cases c, json_array_elements_text(c.requester::json -> 'emails') e
    ON CONFLICT DO NOTHING;

GRANT SELECT ON case_emails TO casebook_dpo, casebook_handler, casebook_auditor;
ALTER TABLE case_emails ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_emails_hr ON case_emails USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

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
