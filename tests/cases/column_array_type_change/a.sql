CREATE TABLE public.matrix (id integer PRIMARY KEY, cells integer[], labels text[]);
