CREATE TYPE public.textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE public.numrange2 AS RANGE (subtype = float8);
CREATE TABLE public.span (id integer PRIMARY KEY, r public.textrange);
