CREATE TABLE public.vehicle (id integer NOT NULL, make text NOT NULL, wheels smallint NOT NULL DEFAULT 4);
CREATE TABLE public.truck (payload_kg integer) INHERITS (public.vehicle);
CREATE TABLE public.bike (wheels smallint NOT NULL DEFAULT 2) INHERITS (public.vehicle);
