-- A column added to an inheritance parent that a child already has as its own: ADD COLUMN
-- on the parent merges it into the child (which keeps it local, as B declares it), and
-- reaches the other children as an inherited column.
CREATE TABLE public.vehicle (id integer NOT NULL);
CREATE TABLE public.car (note text, seats integer DEFAULT 4 NOT NULL) INHERITS (public.vehicle);
CREATE TABLE public.bike (gears integer) INHERITS (public.vehicle);
