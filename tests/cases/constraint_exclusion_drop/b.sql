CREATE TABLE public.circle_t (id integer PRIMARY KEY, c circle);
