CREATE FUNCTION public.same(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a = b';
CREATE FUNCTION public.differ(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a <> b';
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same,
    COMMUTATOR = OPERATOR(public.===), NEGATOR = OPERATOR(public.!==),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR public.!== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.differ,
    COMMUTATOR = OPERATOR(public.!==), NEGATOR = OPERATOR(public.===));
