-- An object "moves" to another schema. Nothing ties the two names together, so this is
-- a drop in one schema and a create in the other, with the view following its table.
CREATE SCHEMA old_home;
CREATE SCHEMA new_home;
CREATE TABLE old_home.thing (id integer PRIMARY KEY, label text);
CREATE VIEW public.thing_labels AS SELECT label FROM old_home.thing;
