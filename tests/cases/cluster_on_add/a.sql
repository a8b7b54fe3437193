-- CLUSTER ON an index and on a primary key, added on existing tables and a new one.
CREATE TABLE public.visit (id integer PRIMARY KEY, at timestamptz, page text);
CREATE INDEX visit_at ON public.visit (at);
CREATE TABLE public.page (id integer PRIMARY KEY, path text);
