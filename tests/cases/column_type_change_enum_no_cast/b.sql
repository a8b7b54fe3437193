CREATE TYPE public.old_status AS ENUM ('1', '2', 'open');
CREATE TYPE public.new_status AS ENUM ('open', 'closed', '1', '2');
CREATE TABLE public.ticket (
    id integer,
    status public.new_status DEFAULT 'open',
    level public.old_status,
    code integer
);
