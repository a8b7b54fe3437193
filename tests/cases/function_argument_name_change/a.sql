-- Renaming an input argument cannot be done with CREATE OR REPLACE: drop and create.
CREATE FUNCTION public.area(w numeric, h numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
