-- A cross-type operator that is a loose member of a family is re-created (its function's
-- argument names change): the family drops that member before and adds it back after,
-- instead of being re-created with its class and the index using the class.
CREATE FUNCTION public.rev_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT btint4cmp(b, a)';
CREATE FUNCTION public.rev_lt_big(a integer, b bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a > b';
CREATE OPERATOR public.<<< (LEFTARG = integer, RIGHTARG = bigint, FUNCTION = public.rev_lt_big);
CREATE OPERATOR FAMILY public.reverse_family USING btree;
CREATE OPERATOR CLASS public.int4_reverse_ops FOR TYPE integer USING btree
    FAMILY public.reverse_family AS
    OPERATOR 3 =, FUNCTION 1 public.rev_cmp(integer, integer);
ALTER OPERATOR FAMILY public.reverse_family USING btree ADD
    OPERATOR 1 public.<<< (integer, bigint);
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE INDEX ranking_score_desc ON public.ranking (score public.int4_reverse_ops);
