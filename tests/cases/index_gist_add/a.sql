CREATE EXTENSION btree_gist;
CREATE EXTENSION ltree;
CREATE TABLE public.place (id integer PRIMARY KEY, location point, area box, path public.ltree, open_hours tsrange, category integer);
