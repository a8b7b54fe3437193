CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'closed');
CREATE TABLE public.ticket (id integer PRIMARY KEY, status public.ticket_status NOT NULL DEFAULT 'new');
