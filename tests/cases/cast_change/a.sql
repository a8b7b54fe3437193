-- Casts change (no ALTER CAST: dropped and re-created): context explicit -> implicit, method
-- function -> inout, WITHOUT FUNCTION -> a function; and a comment changes in place.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION app.mood_score(m app.mood) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT array_position(enum_range(NULL::app.mood), m)';
CREATE FUNCTION app.xid_int(x xid) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT 0';
CREATE CAST (app.mood AS integer) WITH FUNCTION app.mood_score(app.mood);
CREATE FUNCTION app.mood_text(m app.mood) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT upper(m::text)';
CREATE CAST (app.mood AS text) WITH FUNCTION app.mood_text(app.mood);
CREATE CAST (xid AS integer) WITHOUT FUNCTION;
CREATE CAST (app.mood AS bigint) WITH INOUT;
COMMENT ON CAST (app.mood AS bigint) IS 'through text';
