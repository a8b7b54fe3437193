CREATE TABLE public.device (id integer PRIMARY KEY);
CREATE TABLE public.measurement (
    device_id integer NOT NULL REFERENCES public.device (id),
    taken_at timestamptz NOT NULL,
    value double precision,
    PRIMARY KEY (device_id, taken_at)
) PARTITION BY RANGE (taken_at);
CREATE TABLE public.measurement_2025 PARTITION OF public.measurement
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE TABLE public.measurement_2026 PARTITION OF public.measurement
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE public.measurement_default PARTITION OF public.measurement DEFAULT;
