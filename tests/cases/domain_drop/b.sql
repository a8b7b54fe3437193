CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
CREATE TABLE public.contact (id integer PRIMARY KEY, email text);
