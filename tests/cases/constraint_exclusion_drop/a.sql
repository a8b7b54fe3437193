CREATE TABLE public.circle_t (id integer PRIMARY KEY, c circle,
    CONSTRAINT circle_no_overlap EXCLUDE USING gist (c WITH &&));
