-- Sextant foundation schema.
-- TimescaleDB is used when the server offers it; a plain PostgreSQL server works without it.
-- Creating the extension needs it in shared_preload_libraries and enough privileges; when either
-- is missing we carry on with plain PostgreSQL rather than fail.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS timescaledb;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE 'timescaledb is available but could not be created (%); using plain PostgreSQL', SQLERRM;
        END;
    END IF;
END
$$;

-- Facts about this installation, e.g. storage_dialect = timescale | postgres.
CREATE TABLE sextant_info (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Accounts of the built-in token issuer.
CREATE TABLE app_user (
    username      text PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{1,64}$'),
    password_hash text NOT NULL,
    roles         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    disabled      boolean NOT NULL DEFAULT false
);
