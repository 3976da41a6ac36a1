-- Schema 6 (issue #7, part 2): the person's data as exported by each system,
-- per case, with how each record matched and what is withheld and why.
-- Systems are referred to by the register of processing's slug (`crm`); no
-- foreign key, so data can be gathered before the register is complete.

-- One imported file: which system, which data categories, the file's hash.
CREATE TABLE data_files (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id),
    system       TEXT NOT NULL,
    categories   TEXT NOT NULL,          -- JSON array of category slugs
    file_name    TEXT NOT NULL,          -- as given, metadata only
    format       TEXT NOT NULL,          -- csv | json
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    columns      TEXT NOT NULL,          -- JSON array: the fields in the file's order
    records_read INTEGER NOT NULL,
    identifiers  TEXT,                   -- JSON: the identifiers matched on (NULL: whole file kept)
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);
CREATE INDEX data_files_case ON data_files(case_id, system);

-- One record kept from a file: its fields as a JSON object, and why it matched.
CREATE TABLE data_items (
    id        INTEGER PRIMARY KEY,
    file_id   INTEGER NOT NULL REFERENCES data_files(id),
    record_no INTEGER NOT NULL,          -- 1-based, in the file
    line      INTEGER,                   -- where the record starts (CSV)
    fields    TEXT NOT NULL,
    matches   TEXT                       -- JSON array of {field, identifier, how}
);
CREATE INDEX data_items_file ON data_items(file_id, record_no);

-- What is withheld and why: a whole file (item_id NULL), a record, or one field of a record.
CREATE TABLE data_redactions (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    file_id  INTEGER NOT NULL REFERENCES data_files(id),
    item_id  INTEGER REFERENCES data_items(id),
    field    TEXT,
    reason   TEXT NOT NULL,
    article  TEXT,
    note     TEXT NOT NULL,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL
);
CREATE INDEX data_redactions_case ON data_redactions(case_id);
