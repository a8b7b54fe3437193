-- Casts added (b) and dropped (a): WITH FUNCTION AS ASSIGNMENT, WITH INOUT AS IMPLICIT,
-- WITHOUT FUNCTION between built-in types (cid and integer are both 4 bytes), with a comment.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION app.mood_score(m app.mood) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT array_position(enum_range(NULL::app.mood), m)';
