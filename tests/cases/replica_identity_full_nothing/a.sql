-- REPLICA IDENTITY DEFAULT, FULL and NOTHING, on existing tables and a new one.
CREATE TABLE public.a (id integer PRIMARY KEY, v text);
CREATE TABLE public.b (id integer PRIMARY KEY, v text);
ALTER TABLE public.b REPLICA IDENTITY FULL;
CREATE TABLE public.c (v text);
ALTER TABLE public.c REPLICA IDENTITY NOTHING;
