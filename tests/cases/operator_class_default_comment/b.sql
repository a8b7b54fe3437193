DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
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
CREATE ACCESS METHOD reverse_btree TYPE INDEX HANDLER bthandler;
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE OPERATOR FAMILY public.reverse_family USING reverse_btree;
CREATE OPERATOR CLASS public.int4_reverse_ops DEFAULT FOR TYPE integer USING reverse_btree AS
    OPERATOR 1 public.<<<, OPERATOR 2 public.<<=, OPERATOR 3 =,
    OPERATOR 4 public.>>=, OPERATOR 5 public.>>>,
    FUNCTION 1 public.rev_cmp(integer, integer);
CREATE OPERATOR CLASS public.int4_reverse_more FOR TYPE integer USING reverse_btree FAMILY public.reverse_family AS
    OPERATOR 1 public.<<<, FUNCTION 1 public.rev_cmp(integer, integer);
ALTER OPERATOR CLASS public.int4_reverse_ops USING reverse_btree OWNER TO schemadiff_owner;
COMMENT ON OPERATOR CLASS public.int4_reverse_ops USING reverse_btree IS 'highest first, by default';
