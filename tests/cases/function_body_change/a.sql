CREATE FUNCTION public.greet(who text) RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN 'Hello, ' || who;
END
$$;
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT 41; END;
