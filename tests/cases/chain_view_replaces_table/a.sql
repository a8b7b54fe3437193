-- The same name is a table in a and a view in b (and back): a different kind under one name.
CREATE TABLE public.customer_all (id integer PRIMARY KEY, name text, active boolean);
CREATE TABLE public.customer (id integer, name text);
CREATE VIEW public.customer_names AS SELECT name FROM public.customer;
