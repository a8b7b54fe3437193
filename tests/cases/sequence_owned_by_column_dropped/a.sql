-- The column owning a sequence is dropped while the sequence moves to another column of
-- the same table: it must be let go before the column is dropped.
CREATE TABLE public.ticket (legacy_id integer, id integer NOT NULL);
CREATE SEQUENCE public.ticket_seq OWNED BY public.ticket.legacy_id;
ALTER TABLE public.ticket ALTER COLUMN id SET DEFAULT nextval('public.ticket_seq');
