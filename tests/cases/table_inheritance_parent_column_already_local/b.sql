CREATE TABLE public.vehicle (id integer NOT NULL, note text, seats integer DEFAULT 4 NOT NULL);
CREATE TABLE public.car (note text, seats integer DEFAULT 4 NOT NULL) INHERITS (public.vehicle);
CREATE TABLE public.bike (gears integer) INHERITS (public.vehicle);
