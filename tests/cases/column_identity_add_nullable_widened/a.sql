-- A nullable integer column becomes a bigint identity: type change, NOT NULL, then the
-- identity; and back.
CREATE TABLE public.account (id integer, name text);
CREATE TABLE public.audit (id smallint, at timestamptz);
