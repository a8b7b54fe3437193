CREATE FUNCTION public.rev_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT btint4cmp(b, a)';
CREATE FUNCTION public.rev_lt_big(x integer, y bigint) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT x > y';
CREATE OPERATOR public.<<< (LEFTARG = integer, RIGHTARG = bigint, FUNCTION = public.rev_lt_big);
CREATE OPERATOR FAMILY public.reverse_family USING btree;
CREATE OPERATOR CLASS public.int4_reverse_ops FOR TYPE integer USING btree
    FAMILY public.reverse_family AS
    OPERATOR 3 =, FUNCTION 1 public.rev_cmp(integer, integer);
ALTER OPERATOR FAMILY public.reverse_family USING btree ADD
    OPERATOR 1 public.<<< (integer, bigint);
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE INDEX ranking_score_desc ON public.ranking (score public.int4_reverse_ops);
