-- The same names live in several schemas; only the copy in "audit" changes.
CREATE SCHEMA audit;
CREATE TABLE public.item (id integer PRIMARY KEY, name text);
CREATE TABLE audit.item (id integer PRIMARY KEY, name text);
CREATE INDEX item_name_idx ON public.item (name);
CREATE INDEX item_name_idx ON audit.item (name);
CREATE FUNCTION public.f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION audit.f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
CREATE TYPE public.state AS ENUM ('a', 'b');
CREATE TYPE audit.state AS ENUM ('a', 'b');
CREATE SEQUENCE public.s;
CREATE SEQUENCE audit.s;
