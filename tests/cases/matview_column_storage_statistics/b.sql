-- A materialized view's columns get (or lose) a statistics target, a storage other than
-- their type's and a compression method, in place: its rows and the view on it stay.
CREATE TABLE public.sale (id integer PRIMARY KEY, region text, note text, amount numeric);
INSERT INTO public.sale VALUES (1, 'north', 'first', 10);
CREATE MATERIALIZED VIEW public.sales_by_region AS
  SELECT region, string_agg(note, ',') AS notes, sum(amount) AS total
  FROM public.sale GROUP BY region;
ALTER MATERIALIZED VIEW public.sales_by_region ALTER COLUMN region SET STATISTICS 500;
ALTER MATERIALIZED VIEW public.sales_by_region ALTER COLUMN total SET STATISTICS 200;
ALTER MATERIALIZED VIEW public.sales_by_region ALTER COLUMN notes SET STORAGE MAIN;
ALTER MATERIALIZED VIEW public.sales_by_region ALTER COLUMN region SET COMPRESSION pglz;
CREATE VIEW public.big_regions AS SELECT region FROM public.sales_by_region WHERE total > 5;
