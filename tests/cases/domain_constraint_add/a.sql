CREATE DOMAIN public.email AS text;
CREATE DOMAIN public.percent AS numeric(5,2);
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email, share public.percent);
