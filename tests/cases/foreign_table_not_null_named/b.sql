-- NOT NULL on foreign table columns with names (PostgreSQL 18 keeps them in pg_constraint):
-- one gets a name, one is renamed, one is added with a name (before 18: plain NOT NULL).
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (
    id int CONSTRAINT id_required NOT NULL,
    b int CONSTRAINT b_nn NOT NULL,
    c int CONSTRAINT "C is required" NOT NULL,
    d int CONSTRAINT d_kept NOT NULL
) SERVER s;
CREATE VIEW public.ft_ids AS SELECT id, c FROM public.ft;
