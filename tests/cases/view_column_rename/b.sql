CREATE TABLE public.person (id integer PRIMARY KEY, name text);
CREATE VIEW public.person_v AS SELECT id, name AS display_name FROM public.person;
CREATE VIEW public.person_v2 AS SELECT id FROM public.person_v;
