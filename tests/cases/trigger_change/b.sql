CREATE TABLE public.doc (id integer PRIMARY KEY, body text, title text, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION public.log_args() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', TG_ARGV[0]; RETURN NULL; END $$;
CREATE TRIGGER doc_touch BEFORE INSERT OR UPDATE OF body, title ON public.doc FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER doc_log AFTER INSERT OR DELETE ON public.doc FOR EACH ROW EXECUTE FUNCTION public.log_args('changed', 'v2');
