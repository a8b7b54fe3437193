-- Renaming an OUT argument changes the result row type: CREATE OR REPLACE refuses.
CREATE FUNCTION public."odd ""name"""(OUT a integer, OUT b text) LANGUAGE sql AS $$ SELECT 1, 'x' $$;
CREATE PROCEDURE public.p_out(IN x integer, OUT y integer) LANGUAGE plpgsql AS $$ BEGIN y := x; END $$;
