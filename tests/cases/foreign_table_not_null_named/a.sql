-- NOT NULL on foreign table columns with names (PostgreSQL 18 keeps them in pg_constraint):
-- one gets a name, one is renamed, one is added with a name (before 18: plain NOT NULL).
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (
    id int NOT NULL,
    b int,
    c int CONSTRAINT c_nn NOT NULL,
    d int CONSTRAINT d_kept NOT NULL
) SERVER s;
CREATE VIEW public.ft_ids AS SELECT id, c FROM public.ft;
