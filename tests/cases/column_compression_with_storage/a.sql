-- Compression, storage and statistics together on one column, and on a partition's
-- column (its own values, not the parent's).
CREATE TABLE public.feed (id integer, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE public.feed_1 PARTITION OF public.feed FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.feed_1 ALTER COLUMN body SET COMPRESSION pglz;
