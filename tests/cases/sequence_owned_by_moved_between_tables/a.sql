-- A sequence OWNED BY a column of one table moves to a column of another: OWNED BY is
-- changed in place (the sequence must survive: dropping the old owner table would drop it).
CREATE TABLE public.old_owner (id integer NOT NULL);
CREATE TABLE public.new_owner (id integer NOT NULL);
CREATE SEQUENCE public.moving_seq OWNED BY public.old_owner.id;
ALTER TABLE public.new_owner ALTER COLUMN id SET DEFAULT nextval('public.moving_seq');
CREATE SEQUENCE public.other_seq OWNED BY public.new_owner.id;
