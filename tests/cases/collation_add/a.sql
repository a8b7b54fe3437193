CREATE TABLE public.word (id integer PRIMARY KEY, w text);
