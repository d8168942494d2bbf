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
PRAGMA user_version=2;
