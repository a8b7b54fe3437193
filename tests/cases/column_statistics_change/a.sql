-- One target changes, one is reset to the default, one is set.
CREATE TABLE public.events (id bigint PRIMARY KEY, kind text, payload jsonb, at timestamptz);
ALTER TABLE public.events ALTER COLUMN kind SET STATISTICS 100;
ALTER TABLE public.events ALTER COLUMN payload SET STATISTICS 50;
