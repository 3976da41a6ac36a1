-- Schema 7: closed cases are deleted after their retention period.
-- Audit entries from now on hash the SHA-256 of their before/after text
-- (format 2), so a deleted case's entries can lose their text (which names the
-- requester) and keep only the digests, without breaking the chain.
ALTER TABLE audit_log ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE audit_log ADD COLUMN before_sha256 TEXT;
ALTER TABLE audit_log ADD COLUMN after_sha256 TEXT;

-- Deleting a case's index row must remove its words from the index itself,
-- not only mark them deleted until the next merge.
INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1);
