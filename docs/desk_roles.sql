-- The two roles of a desk's shared Frontline store (docs/shared-store.md).
-- Run once, as the database's owner, after `frontline-cli store init` has made the tables:
--     psql "postgresql://OWNER@HOST/DATABASE" -v ON_ERROR_STOP=1 -f desk_roles.sql
-- Then give each analyst a login in one of them, e.g.:
--     CREATE ROLE alice LOGIN IN ROLE frontline_writer;   -- imports, removes, browses, exports
--     CREATE ROLE bob LOGIN IN ROLE frontline_reader;     -- browses and exports only
-- (with a password, or peer/certificate authentication, as the server is set up; analysts keep their password
-- in ~/.pgpass, never in Frontline's settings).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frontline_writer') THEN
        CREATE ROLE frontline_writer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frontline_reader') THEN
        CREATE ROLE frontline_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO frontline_writer, frontline_reader', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO frontline_writer, frontline_reader;

-- Readers: every table of the store, read only.
GRANT SELECT ON frontline_meta, articles, annotations, claims, control_states, article_revisions TO frontline_reader;

-- Writers: read, add, change and remove rows (an import, a correction, a removal, the control states derived
-- with them), and draw new row numbers. Nobody but the owner changes the tables themselves.
GRANT SELECT, INSERT, UPDATE, DELETE ON frontline_meta, articles, annotations, claims, control_states,
    article_revisions TO frontline_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frontline_writer;
