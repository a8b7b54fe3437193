CREATE TABLE public.sale (id integer PRIMARY KEY, region text, amount numeric, note text);
CREATE VIEW public.sale_clean AS SELECT id, region, amount FROM public.sale WHERE amount IS NOT NULL;
CREATE MATERIALIZED VIEW public.region_total AS SELECT region, sum(amount) AS total FROM public.sale_clean GROUP BY region;
CREATE UNIQUE INDEX region_total_region_key ON public.region_total (region);
CREATE INDEX region_total_total_idx ON public.region_total (total);
CREATE VIEW public.top_region AS SELECT region FROM public.region_total ORDER BY total DESC LIMIT 1;
