-- One target changes, one is reset to the default, one is set.
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text, payload jsonb, at timestamptz);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 2500;
ALTER TABLE public.events ALTER COLUMN at SET STATISTICS 10;
