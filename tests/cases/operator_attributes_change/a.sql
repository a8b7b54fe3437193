-- Attributes of an operator change: RESTRICT / JOIN change in place on every version;
-- COMMUTATOR, NEGATOR, HASHES and MERGES are set in place from PostgreSQL 17 when they
-- were unset (a -> b), and re-create the operator otherwise (b -> a: they cannot be unset).
CREATE FUNCTION public.same(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a = b';
CREATE FUNCTION public.differ(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a <> b';
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same,
    RESTRICT = scalarltsel);
CREATE OPERATOR public.!== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.differ,
    RESTRICT = neqsel, JOIN = neqjoinsel);
