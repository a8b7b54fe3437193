CREATE FUNCTION public.yes_no(b boolean) RETURNS "char"
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT CASE WHEN b THEN ''y''::"char" ELSE ''n''::"char" END';
CREATE CAST (boolean AS "char") WITH FUNCTION public.yes_no(boolean);
CREATE CAST (xid AS integer) WITHOUT FUNCTION;
COMMENT ON CAST (boolean AS "char") IS 'y or n';
