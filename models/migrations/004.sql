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
