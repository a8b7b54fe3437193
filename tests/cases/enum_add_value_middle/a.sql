CREATE TYPE public.size AS ENUM ('small', 'large');
CREATE TABLE public.shirt (id integer PRIMARY KEY, size public.size);
