CREATE FUNCTION public."odd ""name"""(OUT a integer, OUT c text) LANGUAGE sql AS $$ SELECT 1, 'x' $$;
CREATE PROCEDURE public.p_out(IN x integer, OUT y integer) LANGUAGE plpgsql AS $$ BEGIN y := x + 1; END $$;
