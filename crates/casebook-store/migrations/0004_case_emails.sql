-- Schema 4: the requesters' email addresses, lower-cased, for finding the
-- open cases of the same person when a new request arrives (an indexed lookup
-- instead of a full-text search per message).
CREATE TABLE case_emails (
    email   TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (email, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_emails_by_case ON case_emails(case_id);

INSERT OR IGNORE INTO case_emails (email, case_id)
SELECT lower(j.value), c.id FROM cases c, json_each(c.requester, '$.emails') j;
