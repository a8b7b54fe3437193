-- A foreign table whose CHECK constraint (NOT VALID) and default call functions, and whose
-- column has a domain type: created after them, dropped before them.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FUNCTION public.is_code(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 ~ '^[A-Z]+$' $$;
CREATE FUNCTION public.default_code() RETURNS text LANGUAGE sql AS $$ SELECT 'AAA' $$;
CREATE DOMAIN public.positive AS int CHECK (VALUE > 0);
CREATE FOREIGN TABLE public.codes (
    code text DEFAULT public.default_code(),
    n public.positive
) SERVER s;
ALTER FOREIGN TABLE public.codes ADD CONSTRAINT code_ok CHECK (public.is_code(code)) NOT VALID;
