CREATE TABLE public.person (id integer PRIMARY KEY, last_name text, first_name text, born date);
CREATE INDEX person_name_idx ON public.person (last_name, first_name);
CREATE INDEX person_born_desc_idx ON public.person (born DESC NULLS LAST);
CREATE UNIQUE INDEX person_lower_name_key ON public.person (lower(last_name), lower(first_name)) NULLS NOT DISTINCT;
