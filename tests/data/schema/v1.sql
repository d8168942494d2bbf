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
PRAGMA user_version=1;
