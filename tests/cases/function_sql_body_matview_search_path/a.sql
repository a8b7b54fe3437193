-- A materialized view runs its query on creation. The function it calls resolves an
-- unqualified table through its own search_path setting; that table waits for another
-- function (its default), so plain "functions last" ordering creates the view too early.
CREATE SCHEMA app;
CREATE SCHEMA util;
CREATE TABLE app.kept (id integer);
