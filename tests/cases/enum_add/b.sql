CREATE TYPE public.ticket_status AS ENUM ('new', 'open', 'closed');
CREATE TYPE public.empty_enum AS ENUM ();
CREATE TABLE public.ticket (id integer PRIMARY KEY, status text);
