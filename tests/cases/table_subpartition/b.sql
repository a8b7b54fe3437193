CREATE TABLE public.metric (
    tenant text NOT NULL,
    at date NOT NULL,
    v double precision
) PARTITION BY LIST (tenant);
CREATE TABLE public.metric_acme PARTITION OF public.metric FOR VALUES IN ('acme')
    PARTITION BY RANGE (at);
CREATE TABLE public.metric_acme_2026 PARTITION OF public.metric_acme FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.metric_acme_rest PARTITION OF public.metric_acme DEFAULT;
CREATE INDEX metric_at_idx ON public.metric (at);
