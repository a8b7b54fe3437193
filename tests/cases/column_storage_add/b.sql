-- Column storage set against each type's default (text EXTENDED, integer PLAIN,
-- numeric MAIN).
CREATE TABLE public.doc (id integer PRIMARY KEY, body text, small text, amount numeric, n integer);
ALTER TABLE public.doc ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE public.doc ALTER COLUMN small SET STORAGE MAIN;
ALTER TABLE public.doc ALTER COLUMN amount SET STORAGE EXTENDED;
