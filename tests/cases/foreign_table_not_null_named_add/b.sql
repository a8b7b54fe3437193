-- A foreign table made with named NOT NULL constraints, and a column added to another
-- with one (PostgreSQL 18 keeps the names; before 18: plain NOT NULL).
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.kept (id int, extra text CONSTRAINT extra_given NOT NULL) SERVER s;
CREATE FOREIGN TABLE public.made (
    id int CONSTRAINT made_id_present NOT NULL,
    v text NOT NULL
) SERVER s OPTIONS (table_name 'remote_made');
COMMENT ON FOREIGN TABLE public.made IS 'new';
