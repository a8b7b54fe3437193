CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email);
