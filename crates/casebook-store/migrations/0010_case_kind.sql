-- Schema 10: a case is a request (the default, NULL) or a complaint to the
-- controller (UK DPA 2018 s.164A), which may name the request it concerns by
-- its reference. NULL for every existing case, so the audit log's recorded
-- row digests (schema 9) still hold: those columns are hashed only when set.
ALTER TABLE cases ADD COLUMN kind TEXT;
ALTER TABLE cases ADD COLUMN concerns TEXT;
