CREATE TYPE public.size AS ENUM ('x-small', 'small', 'medium', 'large', 'x-large');
CREATE TABLE public.shirt (id integer PRIMARY KEY, size public.size);
