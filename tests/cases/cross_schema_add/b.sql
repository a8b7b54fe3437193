-- New schemas whose objects point across schema boundaries in every direction.
CREATE SCHEMA core;
CREATE SCHEMA util;
CREATE SCHEMA types;
CREATE SCHEMA billing;
CREATE SCHEMA reporting;
CREATE TYPE types.currency AS ENUM ('EUR', 'USD', 'GBP');
CREATE DOMAIN types.amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE FUNCTION util.new_ref() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE TABLE core.customer (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.invoice (
    id integer PRIMARY KEY,
    ref text NOT NULL DEFAULT util.new_ref(),
    customer_id integer NOT NULL REFERENCES core.customer (id),
    currency types.currency NOT NULL DEFAULT 'EUR',
    total types.amount NOT NULL
);
CREATE VIEW reporting.revenue AS
    SELECT c.name, i.currency, sum(i.total) AS total
    FROM billing.invoice i JOIN core.customer c ON c.id = i.customer_id
    GROUP BY c.name, i.currency;
CREATE FUNCTION reporting.revenue_of(who text) RETURNS SETOF reporting.revenue
    LANGUAGE sql STABLE AS $$ SELECT * FROM reporting.revenue WHERE name = who $$;
