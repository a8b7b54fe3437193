CREATE TYPE public.level AS ENUM ('low', 'medium', 'high');
CREATE TABLE public.alert (id integer PRIMARY KEY, level public.level);
