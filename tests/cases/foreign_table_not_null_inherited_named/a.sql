-- Foreign tables inheriting NOT NULL from a table: an inherited constraint keeps its
-- parent's name; a child's own NOT NULL on an inherited column has its own name, which
-- changes (PostgreSQL 18 keeps the names; before 18: plain NOT NULL).
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE TABLE public.p (id int CONSTRAINT p_id_nn NOT NULL, v text);
CREATE FOREIGN TABLE public.child (extra int) INHERITS (public.p) SERVER s;
CREATE FOREIGN TABLE public.own (v text CONSTRAINT own_v_nn NOT NULL) INHERITS (public.p) SERVER s;
