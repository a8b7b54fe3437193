-- The table becomes partitioned (dropped and re-created): its columns' storage and
-- statistics are set again on the new table, and its partition copies the parent's
-- storage but keeps a default of its own where B says so.
CREATE TABLE public.archive (id integer NOT NULL, at date NOT NULL, body text, meta jsonb);
ALTER TABLE public.archive ALTER COLUMN body SET STORAGE EXTERNAL;
