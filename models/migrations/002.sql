-- Schema 2: the change log and what is known about each connection's credential (never the credential).
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    ts          TEXT NOT NULL,
    os_user     TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    summary     TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX change_log_by_ts ON change_log(ts);

ALTER TABLE connections ADD COLUMN secret_state TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE connections ADD COLUMN secret_updated_at TEXT;
