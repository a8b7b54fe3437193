CREATE TABLE public.a_table (id integer NOT NULL, alt integer);
CREATE SEQUENCE public.shared_seq;
CREATE SEQUENCE public.owned_seq OWNED BY public.a_table.id;
ALTER TABLE public.a_table ALTER COLUMN id SET DEFAULT nextval('public.owned_seq');
