-- A materialized view whose query changes is re-created: it gets its column statistics
-- targets, storage and compression back (and its index), as B has them.
CREATE TABLE public.event (id integer PRIMARY KEY, kind text, payload text);
CREATE MATERIALIZED VIEW public.event_kinds AS
  SELECT kind, count(*) AS n, max(payload) AS sample FROM public.event GROUP BY kind;
ALTER MATERIALIZED VIEW public.event_kinds ALTER COLUMN kind SET STATISTICS 300;
CREATE INDEX event_kinds_kind ON public.event_kinds (kind);
