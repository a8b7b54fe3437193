CREATE TABLE public.ticket (id integer NOT NULL, note text);
CREATE SEQUENCE public.ticket_seq OWNED BY public.ticket.id;
ALTER TABLE public.ticket ALTER COLUMN id SET DEFAULT nextval('public.ticket_seq');
