CREATE EXTENSION isn;
CREATE EXTENSION cube;
CREATE TABLE public.doc (id integer PRIMARY KEY, body text);
