CREATE FUNCTION public.f_volatility(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x $$;
CREATE FUNCTION public.f_strict(x integer) RETURNS integer LANGUAGE sql STRICT AS $$ SELECT x $$;
CREATE FUNCTION public.f_secdef(x integer) RETURNS integer LANGUAGE sql SECURITY DEFINER AS $$ SELECT x $$;
CREATE FUNCTION public.f_parallel(x integer) RETURNS integer LANGUAGE sql PARALLEL RESTRICTED AS $$ SELECT x $$;
CREATE FUNCTION public.f_cost(x integer) RETURNS integer LANGUAGE sql COST 5000 AS $$ SELECT x $$;
CREATE FUNCTION public.f_leakproof(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE LEAKPROOF AS $$ SELECT x > 0 $$;
CREATE FUNCTION public.f_rows(n integer) RETURNS SETOF integer LANGUAGE sql ROWS 10 AS $$ SELECT generate_series(1, n) $$;
