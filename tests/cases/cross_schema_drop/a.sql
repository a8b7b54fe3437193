CREATE SCHEMA core;
CREATE SCHEMA reporting;
CREATE SCHEMA util;
CREATE FUNCTION util.money(numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char($1, 'FM999999990.00') $$;
CREATE TABLE core.customer (id integer PRIMARY KEY, name text NOT NULL, credit numeric);
CREATE VIEW reporting.customer_credit AS SELECT name, util.money(credit) AS credit FROM core.customer;
CREATE MATERIALIZED VIEW reporting.customer_count AS SELECT count(*) AS n FROM core.customer;
