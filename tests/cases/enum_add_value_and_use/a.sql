-- b adds enum values and uses them at once: in a column default, a CHECK and a partial index.
-- PostgreSQL refuses to use a value added by ALTER TYPE ... ADD VALUE in the same transaction
-- ("unsafe use of new value"), so a single-transaction migration has to handle this specially.
CREATE TYPE public.ticket_status AS ENUM ('new', 'closed');
CREATE TABLE public.ticket (id integer PRIMARY KEY, status public.ticket_status NOT NULL DEFAULT 'new');
