CREATE TABLE public.vehicle (id integer NOT NULL, make text NOT NULL, wheels smallint NOT NULL DEFAULT 4);
CREATE TABLE public.truck (id integer NOT NULL, make text NOT NULL, wheels smallint NOT NULL DEFAULT 4, payload_kg integer);
