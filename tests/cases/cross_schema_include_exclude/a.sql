-- Differences in two schemas. options.json excludes "scratch": only the "app" change may be reported and applied.
CREATE SCHEMA app;
CREATE SCHEMA scratch;
CREATE TABLE app.t (id integer PRIMARY KEY);
CREATE TABLE scratch.tmp (id integer);
