-- An inheritance child copies its parent's storage when created; a later change on the
-- parent is made per table (ONLY), as pg_dump writes it.
CREATE TABLE public.animal (id integer, name text, traits text);
ALTER TABLE public.animal ALTER COLUMN traits SET STORAGE EXTERNAL;
CREATE TABLE public.dog (good boolean) INHERITS (public.animal);
CREATE TABLE public.cat (indoor boolean) INHERITS (public.animal);
ALTER TABLE ONLY public.cat ALTER COLUMN traits SET STORAGE EXTENDED;
ALTER TABLE ONLY public.dog ALTER COLUMN name SET STORAGE MAIN;
