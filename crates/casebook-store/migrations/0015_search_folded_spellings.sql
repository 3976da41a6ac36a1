-- Search finds ł, ø, ß, æ, œ, đ, ħ, þ, ð and ı typed folded (schema 15).
-- The full-text index's tokenizer drops accents but not letters of their own,
-- so "lukasz" did not find "Łukasz" nor "hauptstrasse" "Hauptstraße". Since
-- Casebook 0.1.1 a word with such a letter is indexed a second time, folded
-- (search::reindex_case). Nothing changes in the tables: the step of this
-- schema is done in Rust, in the same transaction, by migrate::after_sql,
-- which re-indexes every case stored by an older Casebook.
SELECT 1;
