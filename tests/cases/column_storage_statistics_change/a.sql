-- Per-column STORAGE and STATISTICS are not in the issue's list but pg_dump shows them.
CREATE TABLE public.blob (id integer PRIMARY KEY, body text, category integer);
