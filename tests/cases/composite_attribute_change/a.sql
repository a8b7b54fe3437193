CREATE TYPE public.address AS (street text, city text, zip varchar(5), legacy text);
CREATE TABLE public.shop (id integer PRIMARY KEY, location public.address);
