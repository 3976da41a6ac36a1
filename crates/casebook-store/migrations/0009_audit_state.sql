-- Schema 9 (issue #18): audit entries of format 3 hash every column of the
-- entry (reference and format too), keep the digests of before/after/state
-- from the start, and record in `state` the rows of the case they changed
-- (each row's digest and a fingerprint per column), so that verification can
-- check the live tables against the log. Older entries keep their format.
ALTER TABLE audit_log ADD COLUMN state TEXT;
ALTER TABLE audit_log ADD COLUMN state_sha256 TEXT;
