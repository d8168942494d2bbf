-- Schema 7: notifications (ARCHITECTURE.md §14). Channels are workspace definitions (their secrets are in the
-- keychain, never here); an integration's `notify` list routes its alerts. The outbox holds every message for every
-- channel, written in the same transaction as the alert change it announces, and is the delivery log. Outbox times
-- are milliseconds since the epoch, UTC.
ALTER TABLE integrations ADD COLUMN notify TEXT NOT NULL DEFAULT '[]';

CREATE TABLE notify_channels (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    definition  TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE notify_outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    channel_id       TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending',
    event            TEXT NOT NULL,
    severity         TEXT NOT NULL,
    subject          TEXT NOT NULL DEFAULT '',
    dedup_key        TEXT NOT NULL DEFAULT '',
    message          TEXT NOT NULL DEFAULT '{}',
    created_at       INTEGER NOT NULL,
    due_at           INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  INTEGER,
    last_error       TEXT NOT NULL DEFAULT '',
    last_status      INTEGER NOT NULL DEFAULT 0,
    sent_at          INTEGER,
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notify_outbox_due ON notify_outbox(state, due_at);
CREATE INDEX notify_outbox_channel ON notify_outbox(channel_id, id);

CREATE TABLE notify_channel_state (
    channel_id      TEXT PRIMARY KEY NOT NULL,
    last_ok_at      INTEGER,
    failing_since   INTEGER,
    last_error      TEXT NOT NULL DEFAULT '',
    last_status     INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_digest_at  INTEGER
) WITHOUT ROWID;
