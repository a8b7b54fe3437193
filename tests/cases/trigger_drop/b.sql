CREATE TABLE public.doc (id integer PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER doc_touch_ins BEFORE INSERT ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
