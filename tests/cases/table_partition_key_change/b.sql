CREATE TABLE public.reading (
    sensor integer NOT NULL,
    at timestamptz NOT NULL,
    v real
) PARTITION BY HASH (sensor);
CREATE TABLE public.reading_all PARTITION OF public.reading FOR VALUES WITH (MODULUS 1, REMAINDER 0);
