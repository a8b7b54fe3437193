CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'closed');
CREATE TYPE public.priority AS ENUM ('low', 'high');
CREATE TABLE public.ticket (id integer PRIMARY KEY, status public.ticket_status);
