CREATE TYPE public.ticket_status AS ENUM ('new', 'triaged', 'closed', 'archived');
CREATE TABLE public.ticket (
    id integer PRIMARY KEY,
    status public.ticket_status NOT NULL DEFAULT 'triaged',
    CONSTRAINT ticket_not_archived CHECK (status <> 'archived')
);
CREATE INDEX ticket_triaged_idx ON public.ticket (id) WHERE status = 'triaged';
