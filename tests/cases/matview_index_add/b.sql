CREATE TABLE public.sale (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.sales_by_region AS SELECT region, sum(amount) AS total FROM public.sale GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_key ON public.sales_by_region (region);
CREATE INDEX sales_by_region_total_idx ON public.sales_by_region (total DESC) WHERE total > 0;
