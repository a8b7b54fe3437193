-- A type change resets the storage to the new type's default: the storage is set again
-- after it, and one column keeps its (non-default) storage across the change.
CREATE TABLE public.notes (id integer PRIMARY KEY, title varchar(50), body text, n integer);
ALTER TABLE public.notes ALTER COLUMN title SET STORAGE MAIN;
ALTER TABLE public.notes ALTER COLUMN body SET STORAGE EXTERNAL;
