CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION app.mood_score(m app.mood) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT array_position(enum_range(NULL::app.mood), m)';
CREATE CAST (app.mood AS integer) WITH FUNCTION app.mood_score(app.mood) AS ASSIGNMENT;
CREATE CAST (app.mood AS character varying) WITH INOUT AS IMPLICIT;
CREATE CAST (cid AS integer) WITHOUT FUNCTION;
COMMENT ON CAST (app.mood AS integer) IS 'position in the enum';
