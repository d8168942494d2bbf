-- Schema 5: credentials that renew themselves (ARCHITECTURE.md §11). A connection's OAuth settings: the `auth` object
-- of the workspace file as JSON (token and sign-in addresses, client id, scope, redirect port). Public values only:
-- the client secret and the refresh token are keychain entries, access tokens stay in memory.
ALTER TABLE connections ADD COLUMN auth TEXT NOT NULL DEFAULT '{}';
