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
CREATE FUNCTION public.rev_cmp2(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT -btint4cmp(a, b)';
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE OPERATOR CLASS public.int4_reverse_ops FOR TYPE integer USING btree AS
    OPERATOR 1 public.<<<, OPERATOR 2 public.<<=, OPERATOR 3 =,
    OPERATOR 4 public.>>=, OPERATOR 5 public.>>>,
    FUNCTION 1 public.rev_cmp2(integer, integer);
CREATE INDEX ranking_score_desc ON public.ranking (score public.int4_reverse_ops);
ALTER TABLE public.ranking ADD CONSTRAINT ranking_score_excl EXCLUDE USING btree (score public.int4_reverse_ops WITH =);
