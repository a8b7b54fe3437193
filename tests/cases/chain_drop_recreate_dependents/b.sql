DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.person (id integer PRIMARY KEY, name text NOT NULL, email text, legacy_id integer);
CREATE VIEW public.person_base AS SELECT id, name, email FROM public.person;
CREATE VIEW public.person_mid AS SELECT id, name, email FROM public.person_base;
CREATE VIEW public.person_top AS SELECT id, name FROM public.person_mid;
CREATE FUNCTION public.person_count() RETURNS bigint LANGUAGE sql STABLE
    BEGIN ATOMIC SELECT count(*) FROM public.person_mid; END;
CREATE FUNCTION public.person_top_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.person (id, name) VALUES (NEW.id, NEW.name);
    RETURN NEW;
END
$$;
CREATE TRIGGER person_top_ins INSTEAD OF INSERT ON public.person_top FOR EACH ROW EXECUTE FUNCTION public.person_top_ins();
ALTER VIEW public.person_top ALTER COLUMN name SET DEFAULT 'anonymous';
GRANT SELECT ON public.person_mid TO schemadiff_reader;
GRANT SELECT, INSERT ON public.person_top TO schemadiff_reader;
COMMENT ON VIEW public.person_top IS 'What the UI shows';
COMMENT ON COLUMN public.person_mid.email IS 'May be null';
