CREATE DOMAIN public.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN public.percent AS numeric(5,2) CONSTRAINT percent_min CHECK (VALUE >= 0) CONSTRAINT percent_max CHECK (VALUE <= 100);
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email, share public.percent);
