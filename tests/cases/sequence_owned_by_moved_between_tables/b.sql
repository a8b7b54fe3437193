CREATE TABLE public.new_owner (id integer NOT NULL);
CREATE TABLE public.third (id integer NOT NULL);
CREATE SEQUENCE public.moving_seq OWNED BY public.new_owner.id;
ALTER TABLE public.new_owner ALTER COLUMN id SET DEFAULT nextval('public.moving_seq');
CREATE SEQUENCE public.other_seq OWNED BY public.third.id;
