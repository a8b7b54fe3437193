CREATE TABLE public.t (id integer, v text);
CREATE INDEX t_id_idx ON public.t (id) WITH (fillfactor = 70);
CREATE INDEX t_v_idx ON public.t (v);
