-- Only comments differ; with ignore_comments the engine must report no difference.
CREATE TABLE public.t (id integer PRIMARY KEY, v text);
COMMENT ON TABLE public.t IS 'new';
COMMENT ON COLUMN public.t.v IS 'value';
