CREATE FUNCTION public.f_volatility(x integer) RETURNS integer LANGUAGE sql VOLATILE AS $$ SELECT x $$;
CREATE FUNCTION public.f_strict(x integer) RETURNS integer LANGUAGE sql CALLED ON NULL INPUT AS $$ SELECT x $$;
CREATE FUNCTION public.f_secdef(x integer) RETURNS integer LANGUAGE sql SECURITY INVOKER AS $$ SELECT x $$;
CREATE FUNCTION public.f_parallel(x integer) RETURNS integer LANGUAGE sql PARALLEL UNSAFE AS $$ SELECT x $$;
CREATE FUNCTION public.f_cost(x integer) RETURNS integer LANGUAGE sql COST 100 AS $$ SELECT x $$;
CREATE FUNCTION public.f_leakproof(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x > 0 $$;
CREATE FUNCTION public.f_rows(n integer) RETURNS SETOF integer LANGUAGE sql ROWS 1000 AS $$ SELECT generate_series(1, n) $$;
