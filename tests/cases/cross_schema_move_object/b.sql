CREATE SCHEMA old_home;
CREATE SCHEMA new_home;
CREATE TABLE new_home.thing (id integer PRIMARY KEY, label text);
CREATE VIEW public.thing_labels AS SELECT label FROM new_home.thing;
