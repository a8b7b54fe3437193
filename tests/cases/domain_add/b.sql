CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN public.age AS smallint NOT NULL DEFAULT 0 CONSTRAINT age_range CHECK (VALUE BETWEEN 0 AND 150);
CREATE DOMAIN public.short_code AS varchar(8) COLLATE "C";
CREATE TABLE public.contact (id integer PRIMARY KEY, email public.email, age integer);
