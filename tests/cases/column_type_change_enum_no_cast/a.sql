-- Column types PostgreSQL has no cast between (one enum to another, an integer to an
-- enum, an enum to an integer): ALTER COLUMN TYPE converts through text.
CREATE TYPE public.old_status AS ENUM ('1', '2', 'open');
CREATE TYPE public.new_status AS ENUM ('open', 'closed', '1', '2');
CREATE TABLE public.ticket (
    id integer,
    status public.old_status DEFAULT 'open',
    level integer,
    code public.new_status
);
