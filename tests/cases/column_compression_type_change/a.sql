-- A type change resets the compression to the default: it is set again after it.
CREATE TABLE public.docs (id integer PRIMARY KEY, body varchar(100), extra text, n text);
ALTER TABLE public.docs ALTER COLUMN body SET COMPRESSION pglz;
ALTER TABLE public.docs ALTER COLUMN n SET COMPRESSION pglz;
