-- Range types cannot be altered: drop and re-create, together with the column using it.
CREATE TYPE public.textrange AS RANGE (subtype = text);
CREATE TYPE public.numrange2 AS RANGE (subtype = numeric);
CREATE TABLE public.span (id integer PRIMARY KEY, r public.textrange);
