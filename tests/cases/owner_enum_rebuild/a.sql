-- An enum rebuilt (a new value used in the same migration) whose owner is compared: the new
-- type gets its owner before the old one is dropped, and the column default that uses the
-- new type waits for that, not for the drop.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE public.ticket_status AS ENUM ('new', 'closed');
ALTER TYPE public.ticket_status OWNER TO schemadiff_owner;
CREATE TABLE public.ticket (id integer PRIMARY KEY, status public.ticket_status NOT NULL DEFAULT 'new');
