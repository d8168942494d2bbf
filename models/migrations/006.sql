-- Schema 6: value checks (ARCHITECTURE.md §12). Aggregates only: no raw value, no plain key. A check's per-field
-- counts are JSON in `fields`; its redacted examples (at most three a field) and its keys, as HMAC-SHA256 under the
-- workspace's own key from the keychain, are kept for 14 days (MonitorRepository::pruneValueDetails). Times are
-- milliseconds since the epoch, UTC.
CREATE TABLE value_checks (
    integration_id        TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    checked_at            INTEGER NOT NULL,
    sampled               INTEGER NOT NULL DEFAULT 0,
    found                 INTEGER NOT NULL DEFAULT 0,
    missing               INTEGER NOT NULL DEFAULT 0,
    duplicates            INTEGER NOT NULL DEFAULT 0,
    matched               INTEGER NOT NULL DEFAULT 0,
    match_rate            REAL NOT NULL DEFAULT 0,
    match_low             REAL NOT NULL DEFAULT 0,
    match_high            REAL NOT NULL DEFAULT 1,
    requests_source       INTEGER NOT NULL DEFAULT 0,
    requests_destination  INTEGER NOT NULL DEFAULT 0,
    population            INTEGER,
    partial               INTEGER NOT NULL DEFAULT 0,
    partial_reason        TEXT NOT NULL DEFAULT '',
    problem               TEXT NOT NULL DEFAULT '',
    problem_kind          TEXT NOT NULL DEFAULT '',
    fields                TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (integration_id, checked_at)
) WITHOUT ROWID;

CREATE TABLE value_examples (
    integration_id  TEXT NOT NULL,
    checked_at      INTEGER NOT NULL,
    field           TEXT NOT NULL,
    position        INTEGER NOT NULL,
    example         TEXT NOT NULL,
    PRIMARY KEY (integration_id, checked_at, field, position),
    FOREIGN KEY (integration_id, checked_at) REFERENCES value_checks(integration_id, checked_at) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE value_keys (
    integration_id  TEXT NOT NULL,
    checked_at      INTEGER NOT NULL,
    key_hash        TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    field           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (integration_id, checked_at, key_hash),
    FOREIGN KEY (integration_id, checked_at) REFERENCES value_checks(integration_id, checked_at) ON DELETE CASCADE
) WITHOUT ROWID;
