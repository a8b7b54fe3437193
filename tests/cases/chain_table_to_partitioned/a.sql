-- A regular table becomes a partitioned one: only drop and create can do that, and the foreign key,
-- the view, the trigger, the policy and the grant that depend on it must be re-created.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.customer (id integer PRIMARY KEY);
CREATE TABLE public.event (
    id bigint NOT NULL,
    at date NOT NULL,
    customer_id integer CONSTRAINT event_customer_fkey REFERENCES public.customer (id),
    PRIMARY KEY (id, at)
);
CREATE TABLE public.event_note (event_id bigint NOT NULL, event_at date NOT NULL, note text,
    CONSTRAINT event_note_event_fkey FOREIGN KEY (event_id, event_at) REFERENCES public.event (id, at));
CREATE VIEW public.recent_event AS SELECT id, at FROM public.event WHERE at > '2026-01-01';
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER event_noop BEFORE INSERT ON public.event FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.event ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_all ON public.event USING (true);
GRANT SELECT ON public.event TO schemadiff_reader;
