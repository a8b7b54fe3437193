CREATE TABLE public.doc (id integer PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER t_origin BEFORE UPDATE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER t_disabled BEFORE UPDATE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER t_replica BEFORE UPDATE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER t_always BEFORE UPDATE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.doc DISABLE TRIGGER t_disabled;
