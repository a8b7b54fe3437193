CREATE TABLE public.customer_all (id integer PRIMARY KEY, name text, active boolean);
CREATE VIEW public.customer AS SELECT id, name FROM public.customer_all WHERE active;
CREATE VIEW public.customer_names AS SELECT name FROM public.customer;
