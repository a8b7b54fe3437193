CREATE SCHEMA core;
CREATE SCHEMA billing;
CREATE SCHEMA reporting;
CREATE TABLE core.customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE billing.invoice (id integer PRIMARY KEY, customer_id bigint NOT NULL CONSTRAINT invoice_customer_fkey REFERENCES core.customer (id));
CREATE VIEW reporting.invoice_customer AS
    SELECT i.id, c.id AS customer_id, c.name FROM billing.invoice i JOIN core.customer c ON c.id = i.customer_id;
