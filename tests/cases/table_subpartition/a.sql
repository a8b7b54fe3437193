CREATE TABLE public.metric (
    tenant text NOT NULL,
    at date NOT NULL,
    v double precision
) PARTITION BY LIST (tenant);
CREATE TABLE public.metric_acme PARTITION OF public.metric FOR VALUES IN ('acme');
