-- Team register, schema 3 (PostgreSQL): full-text search (`casebook case
-- list --search`). Each case's words, folded in Rust as the local register's
-- index folds them (casebook-store's search.rs: accents dropped, ł ø ß æ œ đ
-- ħ þ ð ı also spelled folded), as a tsvector built from a literal, so no
-- text-search configuration or extension (unaccent) of the server is relied
-- on; asked with a tsquery literal of quoted prefixes. Written with the case
-- and with each note, in their transaction (pg/search.rs). The cases of an
-- older schema are indexed by Casebook's own code in this migration's
-- transaction (pg/migrate.rs's after_sql). Schemas 1 and 2 are never edited.

ALTER TABLE cases ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX cases_search ON cases USING gin (search);
