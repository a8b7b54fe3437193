CREATE TABLE public.person (id integer PRIMARY KEY, last_name text, born date);
CREATE INDEX person_last_name_idx ON public.person (last_name);
CREATE INDEX person_born_idx ON public.person USING brin (born);
