-- An operator's comment and owner change in place (COMMENT ON / ALTER OPERATOR ... OWNER TO),
-- and a prefix operator's comment goes.
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE FUNCTION public.overlaps_text(a text, b text) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT position(a in b) > 0';
CREATE FUNCTION public.negate(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -a';
CREATE OPERATOR public.<~> (LEFTARG = text, RIGHTARG = text, FUNCTION = public.overlaps_text);
CREATE OPERATOR public.~~~ (RIGHTARG = integer, FUNCTION = public.negate);
COMMENT ON OPERATOR public.<~> (text, text) IS 'contained in';
COMMENT ON OPERATOR public.~~~ (NONE, integer) IS 'negation';
