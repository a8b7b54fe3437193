-- Storage changes between non-default values, and back to the type's default written
-- explicitly (which pg_dump does not show).
CREATE TABLE public.blobs (id integer PRIMARY KEY, a text, b bytea, c text);
ALTER TABLE public.blobs ALTER COLUMN a SET STORAGE MAIN;
ALTER TABLE public.blobs ALTER COLUMN b SET STORAGE EXTERNAL;
ALTER TABLE public.blobs ALTER COLUMN c SET STORAGE EXTENDED;
