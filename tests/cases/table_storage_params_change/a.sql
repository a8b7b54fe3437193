CREATE TABLE public.hot_rows (id integer PRIMARY KEY, counter integer) WITH (fillfactor = 90);
CREATE TABLE public.big_log (id bigint, line text) WITH (autovacuum_enabled = false, toast.autovacuum_enabled = false);
CREATE TABLE public.plain (id integer);
