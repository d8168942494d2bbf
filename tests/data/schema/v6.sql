CREATE TABLE connections (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    vendor      TEXT NOT NULL,
    base_url    TEXT NOT NULL DEFAULT '',
    api_version TEXT NOT NULL DEFAULT '',
    auth_method TEXT NOT NULL DEFAULT '',
    options     TEXT NOT NULL DEFAULT '{}',
    owner       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE integrations (
    id                     TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    source_connection      TEXT NOT NULL REFERENCES connections(id) ON DELETE RESTRICT,
    source_object          TEXT NOT NULL,
    source_filter          TEXT NOT NULL DEFAULT 'null',
    destination_connection TEXT NOT NULL REFERENCES connections(id) ON DELETE RESTRICT,
    destination_object     TEXT NOT NULL,
    destination_filter     TEXT NOT NULL DEFAULT 'null',
    direction              TEXT NOT NULL DEFAULT 'one_way',
    middleware_connection  TEXT REFERENCES connections(id) ON DELETE RESTRICT,
    middleware_ref         TEXT,
    checks                 TEXT NOT NULL DEFAULT '{}',
    owner                  TEXT NOT NULL DEFAULT '',
    purpose                TEXT NOT NULL DEFAULT '',
    runbook                TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX integrations_by_source ON integrations(source_connection);
CREATE INDEX integrations_by_destination ON integrations(destination_connection);
CREATE INDEX integrations_by_middleware ON integrations(middleware_connection);
CREATE TABLE field_mappings (
    integration_id    TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    source_field      TEXT NOT NULL,
    destination_field TEXT NOT NULL,
    is_key            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (integration_id, position)
) WITHOUT ROWID;
INSERT INTO connections (id, name, vendor, base_url, api_version, auth_method, options, owner, notes, created_at, updated_at)
VALUES ('hubspot-main', 'HubSpot', 'hubspot', 'https://api.hubapi.com', 'v3', 'private_app_token', '{}', 'Dana', 'CRM', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z');
INSERT INTO connections (id, name, vendor, base_url, api_version, auth_method, options, owner, notes, created_at, updated_at)
VALUES ('mailchimp-main', 'Mailchimp', 'mailchimp', 'https://us6.api.mailchimp.com/3.0', '3.0', 'api_key', '{"audience_id":"a1b2c3d4e5"}', 'Dana', '', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z');
INSERT INTO integrations (id, name, source_connection, source_object, source_filter, destination_connection, destination_object, destination_filter, direction, checks, owner, purpose, runbook, created_at, updated_at)
VALUES ('crm-to-email', 'HubSpot to Mailchimp', 'hubspot-main', 'contacts', 'null', 'mailchimp-main', 'a1b2c3d4e5', '"subscribed"', 'one_way', '{"interval_s":600,"tolerance_pct":1.5,"tolerance_abs":25,"lag_grace_s":1800}', 'Dana', 'Newsletter', 'Check Make', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z');
INSERT INTO field_mappings (integration_id, position, source_field, destination_field, is_key)
VALUES ('crm-to-email', 0, 'email', 'EMAIL', 1);
INSERT INTO field_mappings (integration_id, position, source_field, destination_field, is_key)
VALUES ('crm-to-email', 1, 'firstname', 'FNAME', 0);
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
INSERT INTO connections (id, name, vendor, base_url, api_version, auth_method, options, owner, notes, created_at, updated_at, secret_state, secret_updated_at)
VALUES ('make-eu', 'Make EU', 'make', '', 'v2', 'api_token', '{"zone":"eu1.make.com"}', 'Sam', '', '2025-02-03T04:05:06.000Z', '2025-02-03T04:05:06.000Z', 'stored', '2025-02-03T04:05:07.000Z');
UPDATE connections SET secret_state = 'stored', secret_updated_at = '2025-01-02T03:04:06.000Z' WHERE id = 'hubspot-main';
UPDATE integrations SET middleware_connection = 'make-eu', middleware_ref = '4242' WHERE id = 'crm-to-email';
INSERT INTO change_log (ts, os_user, action, entity_type, entity_id, summary, details)
VALUES ('2025-01-02T03:04:05.000Z', 'dana', 'create', 'connection', 'hubspot-main', 'Created connection HubSpot', '{}');
INSERT INTO change_log (ts, os_user, action, entity_type, entity_id, summary, details)
VALUES ('2025-02-03T04:05:06.000Z', 'sam', 'update', 'integration', 'crm-to-email', 'Changed integration HubSpot to Mailchimp', '{"middleware":{"from":null,"to":{"connection":"make-eu","ref":"4242"}}}');

-- Schema 3 (models/migrations/003.sql), with some history.
-- Schema 3: the monitor's history (ARCHITECTURE §4, §5). Every timestamp is INTEGER milliseconds since the epoch,
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
INSERT INTO samples (integration_id, ts, source_count, destination_count) VALUES ('crm-to-email', 1735787045000, 1200, 1130);
INSERT INTO alerts (subject, rule, severity, message, opened_at) VALUES ('integration:crm-to-email', 'count_drift', 'warning', 'gap', 1735787045000);
INSERT INTO monitor_state (key, value) VALUES ('heartbeat_ts', '1735787045000');
-- Schema 4 (models/migrations/004.sql) and a lease held by a poller that has since gone.
-- Schema 4: one poller per workspace (ARCHITECTURE.md, "Monitoring"). The process that holds the `poller` lease polls; the
-- others follow the store and can say who polls. The holder renews the lease while it lives; an expired lease (its
-- holder was killed, or the computer slept) may be taken over. Times are milliseconds since the epoch, UTC.
CREATE TABLE leases (
    name         TEXT PRIMARY KEY NOT NULL,
    holder       TEXT NOT NULL,
    pid          INTEGER NOT NULL DEFAULT 0,
    host         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT '',
    os_user      TEXT NOT NULL DEFAULT '',
    acquired_at  INTEGER NOT NULL,
    renewed_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO leases (name, holder, pid, host, kind, os_user, acquired_at, renewed_at, expires_at) VALUES ('poller', 'gone-holder', 4242, 'laptop', 'window', 'marketing', 1735787045000, 1735787045000, 1735787105000);
-- Schema 5 (models/migrations/005.sql): a connection's OAuth settings.
ALTER TABLE connections ADD COLUMN auth TEXT NOT NULL DEFAULT '{}';
UPDATE connections SET auth = '{"client_id":"3MVG9-fixture","scope":null}' WHERE rowid = (SELECT min(rowid) FROM connections);
-- Schema 6 (models/migrations/006.sql): value checks.
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
INSERT INTO value_checks (integration_id, checked_at, sampled, found, matched, match_rate, fields) VALUES ('crm-to-email', 1735787045000, 10, 10, 9, 0.9, '[]');
PRAGMA user_version=6;
