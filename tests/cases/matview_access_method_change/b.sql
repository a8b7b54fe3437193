-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- A materialized view moves to another access method (SET ACCESS METHOD, PostgreSQL 15)
-- and back, with the index, comment and view that use it kept.
CREATE TABLE public.kv (k text PRIMARY KEY, v text);
CREATE MATERIALIZED VIEW public.kv_copy USING heap2 AS SELECT k, v FROM public.kv;
CREATE UNIQUE INDEX kv_copy_k ON public.kv_copy (k);
COMMENT ON MATERIALIZED VIEW public.kv_copy IS 'a copy';
CREATE VIEW public.kv_keys AS SELECT k FROM public.kv_copy;
CREATE MATERIALIZED VIEW public.kv_new AS SELECT k FROM public.kv;
