-- Schema 3: the monitor's history (ARCHITECTURE.md, "Storage" and "Monitoring"). Every timestamp is INTEGER milliseconds since the epoch,
-- UTC. A count that could not be read is NULL, never 0. History of a deleted integration or connection goes with
-- it (ON DELETE CASCADE); findings and alerts are kept forever and have no foreign key.

-- One poll of one integration.
CREATE TABLE samples (
    integration_id          TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    ts                      INTEGER NOT NULL,
    source_count            INTEGER,
    source_status           INTEGER NOT NULL DEFAULT 0,
    source_latency_ms       INTEGER NOT NULL DEFAULT 0,
    source_error_kind       TEXT NOT NULL DEFAULT '',
    source_error            TEXT NOT NULL DEFAULT '',
    destination_count       INTEGER,
    destination_status      INTEGER NOT NULL DEFAULT 0,
    destination_latency_ms  INTEGER NOT NULL DEFAULT 0,
    destination_error_kind  TEXT NOT NULL DEFAULT '',
    destination_error       TEXT NOT NULL DEFAULT '',
    maintenance             INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, ts)
) WITHOUT ROWID;

-- Rollups: counts, sums, min and max so that buckets merge exactly. `n` counts samples; `source_n` counts samples
-- whose source count was read (NULLs are not counted), likewise `destination_n`; the gap is source - destination
-- of samples with both counts. `errors` counts samples with an error or an unread count on either side;
-- `maintenance` counts samples taken in a maintenance window. `bucket` is the bucket's start (UTC).
CREATE TABLE rollup_hourly (
    integration_id   TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    bucket           INTEGER NOT NULL,
    n                INTEGER NOT NULL DEFAULT 0,
    source_n         INTEGER NOT NULL DEFAULT 0,
    source_sum       INTEGER NOT NULL DEFAULT 0,
    source_min       INTEGER,
    source_max       INTEGER,
    destination_n    INTEGER NOT NULL DEFAULT 0,
    destination_sum  INTEGER NOT NULL DEFAULT 0,
    destination_min  INTEGER,
    destination_max  INTEGER,
    gap_n            INTEGER NOT NULL DEFAULT 0,
    gap_sum          INTEGER NOT NULL DEFAULT 0,
    gap_min          INTEGER,
    gap_max          INTEGER,
    errors           INTEGER NOT NULL DEFAULT 0,
    maintenance      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, bucket)
) WITHOUT ROWID;

CREATE TABLE rollup_daily (
    integration_id   TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    bucket           INTEGER NOT NULL,
    n                INTEGER NOT NULL DEFAULT 0,
    source_n         INTEGER NOT NULL DEFAULT 0,
    source_sum       INTEGER NOT NULL DEFAULT 0,
    source_min       INTEGER,
    source_max       INTEGER,
    destination_n    INTEGER NOT NULL DEFAULT 0,
    destination_sum  INTEGER NOT NULL DEFAULT 0,
    destination_min  INTEGER,
    destination_max  INTEGER,
    gap_n            INTEGER NOT NULL DEFAULT 0,
    gap_sum          INTEGER NOT NULL DEFAULT 0,
    gap_min          INTEGER,
    gap_max          INTEGER,
    errors           INTEGER NOT NULL DEFAULT 0,
    maintenance      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, bucket)
) WITHOUT ROWID;

-- Connection-level facts of each poll: quota, versions, deprecation signals, credential age.
CREATE TABLE connection_facts (
    connection_id      TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    ts                 INTEGER NOT NULL,
    http_status        INTEGER NOT NULL DEFAULT 0,
    error_kind         TEXT NOT NULL DEFAULT '',
    error_message      TEXT NOT NULL DEFAULT '',
    quota_remaining    INTEGER,
    quota_limit        INTEGER,
    quota_window_s     INTEGER,
    retry_after_ms     INTEGER,
    rate_limited       INTEGER NOT NULL DEFAULT 0,
    requested_version  TEXT NOT NULL DEFAULT '',
    served_version     TEXT NOT NULL DEFAULT '',
    deprecated         INTEGER NOT NULL DEFAULT 0,
    retired            INTEGER NOT NULL DEFAULT 0,
    fell_forward       INTEGER NOT NULL DEFAULT 0,
    deprecated_at      INTEGER,
    sunset             INTEGER,
    notice             TEXT NOT NULL DEFAULT '',
    credential_set_at  INTEGER,
    PRIMARY KEY (connection_id, ts)
) WITHOUT ROWID;

-- Field schemas, stored only when they change (hash of the sorted fields); last_seen is the latest fetch.
CREATE TABLE schema_snapshots (
    connection_id  TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    object         TEXT NOT NULL,
    ts             INTEGER NOT NULL,
    last_seen      INTEGER NOT NULL,
    fields         TEXT NOT NULL DEFAULT '[]',
    hash           TEXT NOT NULL,
    PRIMARY KEY (connection_id, object, ts)
) WITHOUT ROWID;

-- Middleware runs, deduplicated by the vendor's run id.
CREATE TABLE run_events (
    connection_id  TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    external_id    TEXT NOT NULL,
    ref            TEXT NOT NULL DEFAULT '',
    ts             INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT '',
    message        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (connection_id, external_id)
) WITHOUT ROWID;
CREATE INDEX run_events_by_ref ON run_events(connection_id, ref, ts);

-- The state of a scenario or zap (active, paused, invalid, stored failures) at each poll, as JSON.
CREATE TABLE middleware_state (
    connection_id  TEXT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    ref            TEXT NOT NULL,
    ts             INTEGER NOT NULL,
    json           TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (connection_id, ref, ts)
) WITHOUT ROWID;

-- Rule verdicts, kept forever (no foreign key: they outlive a deleted definition).
CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    ts              INTEGER NOT NULL,
    integration_id  TEXT,
    connection_id   TEXT,
    rule            TEXT NOT NULL,
    severity        TEXT NOT NULL,
    message         TEXT NOT NULL DEFAULT '',
    hint            TEXT NOT NULL DEFAULT '',
    evidence        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX findings_by_integration ON findings(integration_id, ts);
CREATE INDEX findings_by_connection ON findings(connection_id, ts);

-- Alerts and every change of their state, kept forever.
CREATE TABLE alerts (
    id                 INTEGER PRIMARY KEY,
    subject            TEXT NOT NULL,
    rule               TEXT NOT NULL,
    severity           TEXT NOT NULL,
    message            TEXT NOT NULL DEFAULT '',
    opened_at          INTEGER,
    escalated_at       INTEGER,
    acknowledged_at    INTEGER,
    acknowledged_by    TEXT NOT NULL DEFAULT '',
    snoozed_until      INTEGER,
    resolved_at        INTEGER,
    notified_severity  TEXT NOT NULL DEFAULT 'ok'
);
CREATE INDEX alerts_by_subject ON alerts(subject, rule, opened_at);
CREATE INDEX alerts_open ON alerts(resolved_at) WHERE resolved_at IS NULL;

-- alert_id is NULL for a suppressed alert that was never opened (a maintenance window was active).
CREATE TABLE alert_events (
    id        INTEGER PRIMARY KEY,
    alert_id  INTEGER REFERENCES alerts(id),
    ts        INTEGER NOT NULL,
    subject   TEXT NOT NULL,
    rule      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    severity  TEXT NOT NULL,
    notified  INTEGER NOT NULL DEFAULT 0,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_events_by_alert ON alert_events(alert_id, ts);
CREATE INDEX alert_events_by_subject ON alert_events(subject, ts);

-- Planned work: no alerts, still polled, samples marked. [starts_at, ends_at).
CREATE TABLE maintenance_windows (
    id              INTEGER PRIMARY KEY,
    integration_id  TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at)
);
CREATE INDEX maintenance_by_integration ON maintenance_windows(integration_id, starts_at);

-- The monitor's own state: heartbeat_ts, heartbeat_pid, cycle_count.
CREATE TABLE monitor_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) WITHOUT ROWID;
