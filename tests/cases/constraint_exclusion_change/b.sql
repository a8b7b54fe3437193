CREATE EXTENSION btree_gist;
CREATE TABLE public.booking (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL, cancelled boolean NOT NULL DEFAULT false,
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled) DEFERRABLE);
