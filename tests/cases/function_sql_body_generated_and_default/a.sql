-- Columns added to an existing table evaluate their default or generation expression at
-- once: the SQL functions they call, and what those functions' bodies use (another
-- function, a table), must exist first.
CREATE TABLE public.orders (id integer);
CREATE FUNCTION public.z_old_inner() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'old' $$;
CREATE FUNCTION public.a_old_label() RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT public.z_old_inner() $$;
CREATE TABLE public.legacy (id integer);
INSERT INTO public.legacy VALUES (1);
ALTER TABLE public.legacy ADD COLUMN label text DEFAULT public.a_old_label();
