CREATE DOMAIN public.email AS text CONSTRAINT email_short CHECK (length(VALUE) < 320);
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email);
