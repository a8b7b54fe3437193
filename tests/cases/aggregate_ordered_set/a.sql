CREATE TABLE public.reading (v double precision);
