CREATE TYPE public.address AS (street text, city text COLLATE "C", zip varchar(10));
CREATE TABLE public.shop (id integer PRIMARY KEY, location public.address);
