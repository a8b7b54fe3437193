CREATE FUNCTION public.rev_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT CASE WHEN a > b THEN -1 WHEN a < b THEN 1 ELSE 0 END';
CREATE FUNCTION public.rev_lt(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a > b';
CREATE FUNCTION public.rev_le(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a >= b';
CREATE FUNCTION public.rev_ge(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a <= b';
CREATE FUNCTION public.rev_gt(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a < b';
CREATE OPERATOR public.<<< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.rev_lt);
CREATE OPERATOR public.<<= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.rev_le);
CREATE OPERATOR public.>>= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.rev_ge);
CREATE OPERATOR public.>>> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.rev_gt);
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE OPERATOR FAMILY public.reverse_family USING btree;
ALTER OPERATOR FAMILY public.reverse_family USING btree ADD
    OPERATOR 1 public.<<< (integer, integer), OPERATOR 5 public.>>> (integer, integer),
    OPERATOR 1 < (integer, bigint),
    FUNCTION 1 (integer, integer) public.rev_cmp(integer, integer);
CREATE OPERATOR FAMILY public.empty_family USING hash;
COMMENT ON OPERATOR FAMILY public.reverse_family USING btree IS 'reverse order';
