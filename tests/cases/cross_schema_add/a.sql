CREATE SCHEMA core;
CREATE TABLE core.customer (id integer PRIMARY KEY, name text NOT NULL);
