CREATE TABLE public.person (id integer PRIMARY KEY, first_name text, last_name text);
CREATE VIEW public.person_v AS SELECT id, first_name || ' ' || last_name AS full_name FROM public.person;
CREATE FUNCTION public.person_v_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.person VALUES (NEW.id, split_part(NEW.full_name, ' ', 1), split_part(NEW.full_name, ' ', 2));
    RETURN NEW;
END
$$;
CREATE TRIGGER person_v_insert INSTEAD OF INSERT ON public.person_v FOR EACH ROW EXECUTE FUNCTION public.person_v_insert();
CREATE TRIGGER person_v_view_stmt AFTER INSERT ON public.person_v FOR EACH STATEMENT EXECUTE FUNCTION public.person_v_insert();
