CREATE TYPE public.level AS ENUM ('high', 'medium', 'low');
CREATE TABLE public.alert (id integer PRIMARY KEY, level public.level);
