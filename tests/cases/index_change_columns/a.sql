CREATE TABLE public.person (id integer PRIMARY KEY, last_name text, first_name text);
CREATE INDEX person_name_idx ON public.person (last_name);
