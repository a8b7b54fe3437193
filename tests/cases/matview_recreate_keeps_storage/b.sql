-- A materialized view whose query changes is re-created: it gets its column statistics
-- targets, storage and compression back (and its index), as B has them.
CREATE TABLE public.event (id integer PRIMARY KEY, kind text, payload text);
CREATE MATERIALIZED VIEW public.event_kinds AS
  SELECT kind, count(*) AS n, min(payload) AS sample FROM public.event
  WHERE id > 0 GROUP BY kind;
ALTER MATERIALIZED VIEW public.event_kinds ALTER COLUMN kind SET STATISTICS 300;
ALTER MATERIALIZED VIEW public.event_kinds ALTER COLUMN "sample" SET STORAGE EXTERNAL;
ALTER MATERIALIZED VIEW public.event_kinds ALTER COLUMN n SET STATISTICS 20;
ALTER MATERIALIZED VIEW public.event_kinds ALTER COLUMN kind SET COMPRESSION pglz;
CREATE INDEX event_kinds_kind ON public.event_kinds (kind);
