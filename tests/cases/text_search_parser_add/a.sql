-- A parser over functions of its own schema (internal functions wrapping the built-in
-- parser's), with a configuration and an index using it: functions, parser, configuration,
-- index in that order (reverse when dropped).
CREATE TABLE public.doc (id integer PRIMARY KEY, body text NOT NULL);
