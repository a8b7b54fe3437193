CREATE SCHEMA app;
CREATE SCHEMA scratch;
CREATE TABLE app.t (id integer PRIMARY KEY, name text);
CREATE TABLE scratch.tmp (id integer, junk text);
CREATE TABLE scratch.tmp2 (id integer);
