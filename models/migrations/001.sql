-- Schema 1: the definitions of a marketing stack.
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
