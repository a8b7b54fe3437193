CREATE DOMAIN public.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') CONSTRAINT email_short CHECK (length(VALUE) < 320);
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email);
