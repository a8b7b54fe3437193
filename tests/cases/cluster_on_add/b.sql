-- CLUSTER ON an index and on a primary key, added on existing tables and a new one.
CREATE TABLE public.visit (id integer PRIMARY KEY, at timestamptz, page text);
CREATE INDEX visit_at ON public.visit (at);
ALTER TABLE public.visit CLUSTER ON visit_at;
CREATE TABLE public.page (id integer PRIMARY KEY, path text);
ALTER TABLE public.page CLUSTER ON page_pkey;
CREATE TABLE public.hit (id integer, n integer);
CREATE INDEX hit_n ON public.hit (n);
ALTER TABLE public.hit CLUSTER ON hit_n;
