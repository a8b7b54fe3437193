CREATE TABLE public.reading (
    sensor integer NOT NULL,
    at timestamptz NOT NULL,
    v real
) PARTITION BY RANGE (at);
CREATE TABLE public.reading_all PARTITION OF public.reading FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
