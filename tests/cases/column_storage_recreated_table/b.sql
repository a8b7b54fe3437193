-- The table becomes partitioned (dropped and re-created): its columns' storage and
-- statistics are set again on the new table, and its partition copies the parent's
-- storage but keeps a default of its own where B says so.
CREATE TABLE public.archive (id integer NOT NULL, at date NOT NULL, body text, meta jsonb)
    PARTITION BY RANGE (at);
ALTER TABLE public.archive ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE public.archive ALTER COLUMN meta SET STORAGE EXTERNAL;
ALTER TABLE public.archive ALTER COLUMN id SET STATISTICS 400;
CREATE TABLE public.archive_2024 PARTITION OF public.archive
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.archive_2024 ALTER COLUMN meta SET STORAGE EXTENDED;
