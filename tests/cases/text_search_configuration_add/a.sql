-- A configuration (with its dictionary) added together with the index, the generated
-- column and the view that use it: they wait for its mappings.
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
