CREATE TABLE public.doc (id integer PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER doc_touch BEFORE UPDATE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
COMMENT ON TRIGGER doc_touch ON public.doc IS 'Keeps updated_at current';
