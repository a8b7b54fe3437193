CREATE TABLE public.sale (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW public.sales_by_region WITH (fillfactor = 50, autovacuum_enabled = false) AS SELECT region, sum(amount) AS total FROM public.sale GROUP BY region;
COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'Refreshed nightly';
COMMENT ON COLUMN public.sales_by_region.total IS 'Sum of amounts';
