CREATE TABLE public.t (id integer, v text);
CREATE INDEX t_v_idx ON public.t (v);
