-- See a.sql.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TYPE public.ticket_status AS ENUM ('new', 'triaged', 'closed', 'archived');
ALTER TYPE public.ticket_status OWNER TO schemadiff_admin;
CREATE TABLE public.ticket (
    id integer PRIMARY KEY,
    status public.ticket_status NOT NULL DEFAULT 'triaged',
    CONSTRAINT ticket_not_archived CHECK (status <> 'archived')
);
