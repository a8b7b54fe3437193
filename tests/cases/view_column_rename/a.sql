-- A view column is renamed: CREATE OR REPLACE VIEW cannot rename columns
-- (ALTER VIEW ... RENAME COLUMN can, so can drop and create).
CREATE TABLE public.person (id integer PRIMARY KEY, name text);
CREATE VIEW public.person_v AS SELECT id, name AS full_name FROM public.person;
CREATE VIEW public.person_v2 AS SELECT id FROM public.person_v;
