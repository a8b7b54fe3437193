CREATE SCHEMA app;
CREATE SCHEMA util;
CREATE TABLE app.kept (id integer);
CREATE FUNCTION util.now_rate() RETURNS integer LANGUAGE sql STABLE AS 'SELECT 2';
CREATE TABLE app.rates (id integer, r integer DEFAULT util.now_rate());
CREATE VIEW app.rate_view AS SELECT id, r FROM app.rates;
CREATE FUNCTION app.total() RETURNS bigint LANGUAGE sql STABLE
    SET search_path = app
    AS $$ WITH r AS (SELECT r FROM rate_view) SELECT sum(r) FROM r $$;
CREATE MATERIALIZED VIEW app.summary AS SELECT app.total() AS total;
-- A body that does not parse as SQL (never validated): no edges, no crash.
SET check_function_bodies = off;
CREATE FUNCTION public.unparsable() RETURNS integer LANGUAGE sql AS $$ SELEC 1 $$;
