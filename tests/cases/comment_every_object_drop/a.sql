-- A comment on every kind of object that can carry one (roles and databases are cluster-level and left out).
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE app.pair AS (a integer, b integer);
CREATE TYPE app.floatrange AS RANGE (subtype = float8);
CREATE DOMAIN app.posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE COLLATION app.bytewise (provider = libc, locale = 'C');
CREATE SEQUENCE app.counter;
CREATE TABLE app.item (
    id integer PRIMARY KEY,
    name text NOT NULL CONSTRAINT item_name_check CHECK (name <> ''),
    mood app.mood,
    updated_at timestamptz
);
CREATE INDEX item_name_idx ON app.item (name);
ALTER TABLE app.item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_all ON app.item USING (true);
CREATE VIEW app.item_v AS SELECT id, name FROM app.item;
CREATE MATERIALIZED VIEW app.item_mv AS SELECT id, name FROM app.item;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER item_touch BEFORE UPDATE ON app.item FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE PROCEDURE app.noop() LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION app.mul(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1 * $2 $$;
CREATE AGGREGATE app.product(numeric) (SFUNC = app.mul, STYPE = numeric, INITCOND = '1');
CREATE FUNCTION app.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER schemadiff_comment_evt ON ddl_command_end EXECUTE FUNCTION app.on_ddl();
COMMENT ON EXTENSION citext IS 'The extension';
COMMENT ON SCHEMA app IS 'The schema';
COMMENT ON TYPE app.mood IS 'The enum';
COMMENT ON TYPE app.pair IS 'The composite type';
COMMENT ON COLUMN app.pair.b IS 'The composite attribute';
COMMENT ON TYPE app.floatrange IS 'The range type';
COMMENT ON DOMAIN app.posint IS 'The domain';
COMMENT ON CONSTRAINT posint_check ON DOMAIN app.posint IS 'The domain constraint';
COMMENT ON COLLATION app.bytewise IS 'The collation';
COMMENT ON SEQUENCE app.counter IS 'The sequence';
COMMENT ON TABLE app.item IS 'The table';
COMMENT ON COLUMN app.item.name IS 'The column';
COMMENT ON CONSTRAINT item_name_check ON app.item IS 'The check constraint';
COMMENT ON CONSTRAINT item_pkey ON app.item IS 'The primary key';
COMMENT ON INDEX app.item_name_idx IS 'The index';
COMMENT ON POLICY item_all ON app.item IS 'The policy';
COMMENT ON VIEW app.item_v IS 'The view';
COMMENT ON COLUMN app.item_v.name IS 'The view column';
COMMENT ON MATERIALIZED VIEW app.item_mv IS 'The materialized view';
COMMENT ON FUNCTION app.touch() IS 'The function';
COMMENT ON TRIGGER item_touch ON app.item IS 'The trigger';
COMMENT ON PROCEDURE app.noop() IS 'The procedure';
COMMENT ON AGGREGATE app.product(numeric) IS 'The aggregate';
COMMENT ON EVENT TRIGGER schemadiff_comment_evt IS 'The event trigger';
