CREATE TABLE public.a_table (id integer NOT NULL, alt integer);
CREATE SEQUENCE public.shared_seq OWNED BY public.a_table.alt;
CREATE SEQUENCE public.owned_seq;
ALTER TABLE public.a_table ALTER COLUMN id SET DEFAULT nextval('public.owned_seq');
