CREATE TYPE public.priority AS ENUM ('low', 'high');
CREATE TABLE public.ticket (id integer PRIMARY KEY, status text);
