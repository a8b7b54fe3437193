-- Changing a materialized view re-creates it; its index and a view on it come back too.
CREATE TABLE public.sale (id int PRIMARY KEY, region text NOT NULL, amount numeric(12,2));
CREATE MATERIALIZED VIEW public.region_total AS
  SELECT region, sum(amount) AS total FROM public.sale GROUP BY region;
CREATE UNIQUE INDEX region_total_region ON public.region_total (region);
CREATE VIEW public.top_region AS SELECT region FROM public.region_total ORDER BY total DESC LIMIT 1;
