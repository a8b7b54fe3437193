-- A LANGUAGE sql function's string body records no dependency, yet PostgreSQL parses it
-- when an index expression or a CHECK constraint being validated inlines the function:
-- what the body uses (a table that itself waits for another function) must exist first.
CREATE TABLE public.item (id integer, qty integer);
INSERT INTO public.item VALUES (1, 2);
