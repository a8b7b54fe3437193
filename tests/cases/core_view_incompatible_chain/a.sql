-- v1 loses a column (CREATE OR REPLACE cannot do that): v1 and the views above it are
-- dropped and re-created, in dependency order, in schemas of their own.
CREATE SCHEMA "Base"; CREATE SCHEMA reporting;
CREATE TABLE "Base"."Item" (id int PRIMARY KEY, name text, price numeric);
CREATE VIEW "Base".v1 AS SELECT id, name, price FROM "Base"."Item";
CREATE VIEW reporting.v2 AS SELECT id, name FROM "Base".v1;
CREATE VIEW reporting.v3 AS SELECT count(*) AS n FROM reporting.v2;
CREATE VIEW reporting.untouched AS SELECT id FROM "Base"."Item";
