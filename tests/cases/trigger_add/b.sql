CREATE TABLE public.doc (id integer PRIMARY KEY, body text, updated_at timestamptz);
CREATE TABLE public.doc_audit (doc_id integer, op text, at timestamptz DEFAULT now());
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.doc_audit (doc_id, op) SELECT id, TG_OP FROM new_rows;
    RETURN NULL;
END
$$;
CREATE TRIGGER doc_touch BEFORE UPDATE OF body ON public.doc
    FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body) EXECUTE FUNCTION public.touch();
CREATE TRIGGER doc_audit_ins AFTER INSERT ON public.doc
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.audit();
CREATE TRIGGER doc_truncate BEFORE TRUNCATE ON public.doc
    FOR EACH STATEMENT EXECUTE FUNCTION public.touch();
