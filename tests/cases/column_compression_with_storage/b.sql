-- Compression, storage and statistics together on one column, and on a partition's
-- column (its own values, not the parent's).
CREATE TABLE public.feed (id integer, at date NOT NULL, body text) PARTITION BY RANGE (at);
ALTER TABLE ONLY public.feed ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE ONLY public.feed ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE ONLY public.feed ALTER COLUMN body SET STATISTICS 250;
CREATE TABLE public.feed_1 PARTITION OF public.feed FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
