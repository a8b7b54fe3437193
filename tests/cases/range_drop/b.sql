CREATE TYPE public.daterange2 AS RANGE (subtype = date);
CREATE TABLE public.shift (id integer PRIMARY KEY);
