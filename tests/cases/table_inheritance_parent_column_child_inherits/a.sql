-- A column of an inheritance parent that a child has as its own in one schema and only
-- inherits in the other. Dropping it from the parent (b -> a) must keep the child's column
-- and its data: ALTER TABLE ONLY, and an explicit drop in children that lose it.
CREATE TABLE public.vehicle (id integer NOT NULL);
CREATE TABLE public.car (note text, seats integer) INHERITS (public.vehicle);
CREATE TABLE public.truck (load integer) INHERITS (public.vehicle);
