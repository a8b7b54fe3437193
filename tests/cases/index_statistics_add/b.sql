-- Statistics targets of expression index columns (ALTER INDEX ... ALTER COLUMN n SET
-- STATISTICS), on an existing index and a new one.
CREATE TABLE public.person (id integer PRIMARY KEY, name text, born date);
CREATE INDEX person_lower ON public.person (lower(name));
ALTER INDEX public.person_lower ALTER COLUMN 1 SET STATISTICS 1000;
CREATE INDEX person_mixed ON public.person (born, (extract(year FROM born)), (upper(name)));
ALTER INDEX public.person_mixed ALTER COLUMN 2 SET STATISTICS 200;
ALTER INDEX public.person_mixed ALTER COLUMN 3 SET STATISTICS 300;
