CREATE FUNCTION public.greet(who text) RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN 'Hello, ' || coalesce(who, 'stranger') || '!';
END
$$;
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT 42; END;
