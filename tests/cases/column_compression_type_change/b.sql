-- A type change resets the compression to the default: it is set again after it.
CREATE TABLE public.docs (id integer PRIMARY KEY, body text, extra text, n integer);
ALTER TABLE public.docs ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE public.docs ALTER COLUMN extra SET COMPRESSION pglz;
