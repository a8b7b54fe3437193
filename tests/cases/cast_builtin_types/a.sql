-- Casts between built-in types: one over our own function goes with its function's schema;
-- one WITHOUT FUNCTION between built-in types goes with the whole database (as pg_dump
-- writes them). Added (b) and dropped (a).
CREATE FUNCTION public.yes_no(b boolean) RETURNS "char"
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT CASE WHEN b THEN ''y''::"char" ELSE ''n''::"char" END';
