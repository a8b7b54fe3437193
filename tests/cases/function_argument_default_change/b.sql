CREATE FUNCTION public.page(lim integer DEFAULT 50, off integer DEFAULT 0) RETURNS integer[]
    LANGUAGE sql AS $$ SELECT ARRAY[lim, off] $$;
CREATE FUNCTION public.label(name text, prefix text DEFAULT '#') RETURNS text
    LANGUAGE sql AS $$ SELECT prefix || name $$;
