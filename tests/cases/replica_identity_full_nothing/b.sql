-- REPLICA IDENTITY DEFAULT, FULL and NOTHING, on existing tables and a new one.
CREATE TABLE public.a (id integer PRIMARY KEY, v text);
ALTER TABLE public.a REPLICA IDENTITY FULL;
CREATE TABLE public.b (id integer PRIMARY KEY, v text);
ALTER TABLE public.b REPLICA IDENTITY NOTHING;
CREATE TABLE public.c (v text);
CREATE TABLE public.d (v text);
ALTER TABLE public.d REPLICA IDENTITY FULL;
