CREATE TYPE public.address AS (street text, city text);
CREATE TABLE public.shop (id integer PRIMARY KEY, location public.address);
