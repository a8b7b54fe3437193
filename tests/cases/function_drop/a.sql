CREATE FUNCTION public.add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE AS $$ SELECT amount * (1 + rate) $$;
CREATE FUNCTION public.double_it(integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$;
