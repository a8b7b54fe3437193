CREATE TABLE public.hot_rows (id integer PRIMARY KEY, counter integer) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE public.big_log (id bigint, line text);
CREATE TABLE public.plain (id integer) WITH (parallel_workers = 4, toast_tuple_target = 4096);
