-- A statistics object's owner and comment (ALTER STATISTICS ... OWNER TO, COMMENT ON
-- STATISTICS), kept when it is re-created with other kinds.
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.ticket (id integer PRIMARY KEY, queue text, prio integer, state text);
CREATE STATISTICS public.ticket_qp ON queue, prio FROM public.ticket;
CREATE STATISTICS public.ticket_qs (ndistinct) ON queue, state FROM public.ticket;
ALTER STATISTICS public.ticket_qs OWNER TO schemadiff_owner;
