CREATE TABLE public.author (id integer PRIMARY KEY);
CREATE TABLE public.book (id integer PRIMARY KEY, author_id integer);
