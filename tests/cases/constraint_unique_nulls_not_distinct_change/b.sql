CREATE TABLE public.slot (id integer PRIMARY KEY, room integer, starts time, CONSTRAINT slot_room_starts_key UNIQUE NULLS NOT DISTINCT (room, starts));
CREATE TABLE public.alias (id integer PRIMARY KEY, name text, CONSTRAINT alias_name_key UNIQUE NULLS DISTINCT (name));
