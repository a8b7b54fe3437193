-- Column storage set against each type's default (text EXTENDED, integer PLAIN,
-- numeric MAIN).
CREATE TABLE public.doc (id integer PRIMARY KEY, body text, small text, amount numeric, n integer);
