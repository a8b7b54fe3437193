-- Templates added (one over functions of its own schema, one without INIT) with a
-- dictionary and a configuration using them.
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
