CREATE TABLE public.t (id integer, v text);
CREATE INDEX t_v_idx ON public.t (v);
COMMENT ON INDEX public.t_v_idx IS 'Lookup by v for the admin screen';
