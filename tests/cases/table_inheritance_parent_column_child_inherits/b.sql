CREATE TABLE public.vehicle (id integer NOT NULL, note text);
CREATE TABLE public.car (seats integer) INHERITS (public.vehicle);
CREATE TABLE public.truck (load integer) INHERITS (public.vehicle);
