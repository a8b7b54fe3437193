-- Removing a value is impossible in place: the type is re-created and every column,
-- default, index and view using it follows.
CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'stale', 'closed');
CREATE TABLE public.ticket (id integer PRIMARY KEY, status public.ticket_status NOT NULL DEFAULT 'new', history public.ticket_status[]);
CREATE INDEX ticket_open_idx ON public.ticket (id) WHERE status = 'open';
CREATE VIEW public.open_tickets AS SELECT id FROM public.ticket WHERE status = 'open';
CREATE FUNCTION public.is_done(s public.ticket_status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'closed' $$;
