-- An inheritance child copies its parent's storage when created; a later change on the
-- parent is made per table (ONLY), as pg_dump writes it.
CREATE TABLE public.animal (id integer, name text, traits text);
ALTER TABLE public.animal ALTER COLUMN name SET STORAGE MAIN;
CREATE TABLE public.dog (good boolean) INHERITS (public.animal);
