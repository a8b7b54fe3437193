-- Five levels of foreign keys; b removes the middle level and re-points the level below it.
CREATE TABLE public.l1 (id integer PRIMARY KEY);
CREATE TABLE public.l2 (id integer PRIMARY KEY, l1_id integer REFERENCES public.l1 (id));
CREATE TABLE public.l3 (id integer PRIMARY KEY, l2_id integer REFERENCES public.l2 (id));
CREATE TABLE public.l4 (id integer PRIMARY KEY, l3_id integer CONSTRAINT l4_parent_fkey REFERENCES public.l3 (id));
CREATE TABLE public.l5 (id integer PRIMARY KEY, l4_id integer REFERENCES public.l4 (id));
