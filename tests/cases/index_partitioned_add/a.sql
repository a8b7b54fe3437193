CREATE TABLE public.measurement (device integer NOT NULL, at date NOT NULL, v real) PARTITION BY RANGE (at);
CREATE TABLE public.measurement_2025 PARTITION OF public.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurement_2026 PARTITION OF public.measurement FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
