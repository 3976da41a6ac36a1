-- Schema 1: the case register, notes, documents, correspondence, clock events,
-- full-text search and the hash-chained audit log.
-- Dates are civil dates as 'YYYY-MM-DD'; instants are UTC RFC 3339 strings.
-- Enum columns hold the stable codes of casebook-core.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL              -- JSON
) STRICT;

CREATE TABLE case_sequence (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    reference        TEXT NOT NULL UNIQUE,
    status           TEXT NOT NULL,
    regime           TEXT NOT NULL,
    location         TEXT NOT NULL,
    channel          TEXT NOT NULL,
    received         TEXT NOT NULL,
    received_at      TEXT,
    requester_name   TEXT NOT NULL,
    requester        TEXT NOT NULL,  -- JSON: casebook_core::Requester
    data_subject     TEXT,           -- JSON: casebook_core::DataSubject
    subject_category TEXT,
    language         TEXT,
    outcome          TEXT,
    closed_on        TEXT,
    due              TEXT,           -- the statutory due date as last computed, for sorting and filtering
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX cases_status ON cases(status);
CREATE INDEX cases_received ON cases(received);
CREATE INDEX cases_due ON cases(due);

-- The rights asked for, primary first (position 0).
CREATE TABLE case_rights (
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    right    TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
) STRICT;
CREATE INDEX case_rights_by_right ON case_rights(right, case_id);

CREATE TABLE notes (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    text    TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_case ON notes(case_id);

-- Events that move a case's clock (identity requested/received, clarification
-- asked/answered, extension taken, acknowledgement), in the order they happened.
CREATE TABLE case_events (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    on_date  TEXT NOT NULL,
    detail   TEXT,                   -- JSON, depends on kind
    at       TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_by_case ON case_events(case_id);

-- Stored files, once per content (SHA-256). A sender's file name is metadata
-- in case_documents, never a path.
CREATE TABLE documents (
    sha256       TEXT PRIMARY KEY,
    size         INTEGER NOT NULL,
    content_type TEXT,
    bytes        BLOB NOT NULL
) STRICT;

CREATE TABLE case_documents (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL REFERENCES documents(sha256),
    role      TEXT NOT NULL,         -- evidence | attachment | scan | letter | identity
    file_name TEXT,
    added_at  TEXT NOT NULL
) STRICT;
CREATE INDEX case_documents_by_case ON case_documents(case_id);

CREATE TABLE correspondence (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    direction  TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    channel    TEXT NOT NULL,
    at         TEXT NOT NULL,
    subject    TEXT,
    body_text  TEXT,
    message_id TEXT,
    sha256     TEXT REFERENCES documents(sha256)
) STRICT;
CREATE INDEX correspondence_by_case ON correspondence(case_id);
CREATE INDEX correspondence_by_message_id ON correspondence(message_id);

-- One row per case (rowid = case id): requester, identifiers, notes and
-- correspondence text, folded so that 'Müller' finds 'muller'.
CREATE VIRTUAL TABLE case_search USING fts5(
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Append-only. Each entry's hash covers the previous entry's hash, so an
-- edited or deleted entry breaks the chain from that point on.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    case_id   INTEGER,
    reference TEXT,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_case ON audit_log(case_id);
