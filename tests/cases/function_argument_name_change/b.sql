CREATE FUNCTION public.area(width numeric, height numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT width * height $$;
