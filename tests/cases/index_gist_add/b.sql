CREATE EXTENSION btree_gist;
CREATE EXTENSION ltree;
CREATE TABLE public.place (id integer PRIMARY KEY, location point, area box, path public.ltree, open_hours tsrange, category integer);
CREATE INDEX place_location_idx ON public.place USING gist (location);
CREATE INDEX place_area_idx ON public.place USING gist (area) WITH (buffering = on);
CREATE INDEX place_path_idx ON public.place USING gist (path);
CREATE INDEX place_cat_hours_idx ON public.place USING gist (category, open_hours);
CREATE INDEX place_location_spgist_idx ON public.place USING spgist (location);
