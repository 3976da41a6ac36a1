-- Schema 3: find a message already filed by the hash of its original, without
-- scanning all correspondence (each import checks it).
CREATE INDEX correspondence_by_sha256 ON correspondence(sha256);
