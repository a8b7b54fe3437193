CREATE TABLE public.setting (id integer PRIMARY KEY, value integer DEFAULT 0, enabled boolean DEFAULT true, tags text[]);
