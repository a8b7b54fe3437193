-- A foreign table made with named NOT NULL constraints, and a column added to another
-- with one (PostgreSQL 18 keeps the names; before 18: plain NOT NULL).
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.kept (id int) SERVER s;
