-- Row triggers on a foreign table: one added, one changed, and the foreign table re-created
-- (its server changes) takes its trigger with it.
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s1 FOREIGN DATA WRAPPER w;
CREATE SERVER s2 FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE public.ft (id int, note text) SERVER s1;
CREATE TRIGGER kept BEFORE INSERT ON public.ft FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE FOREIGN TABLE public.moved (id int) SERVER s1;
CREATE TRIGGER follows AFTER UPDATE ON public.moved FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER follows ON public.moved IS 'comes back';
