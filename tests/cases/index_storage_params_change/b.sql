CREATE TABLE public.t (id integer, v text);
CREATE INDEX t_id_idx ON public.t (id) WITH (fillfactor = 90, deduplicate_items = off);
CREATE INDEX t_v_idx ON public.t (v) WITH (fillfactor = 50);
