-- The tablespaces of the server (cluster-wide): B's objects may only move into these.
SELECT spcname::text AS name FROM pg_tablespace ORDER BY 1
