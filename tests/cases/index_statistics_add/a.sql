-- Statistics targets of expression index columns (ALTER INDEX ... ALTER COLUMN n SET
-- STATISTICS), on an existing index and a new one.
CREATE TABLE public.person (id integer PRIMARY KEY, name text, born date);
CREATE INDEX person_lower ON public.person (lower(name));
