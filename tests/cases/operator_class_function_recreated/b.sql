CREATE FUNCTION public.rev_cmp(x integer, y integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT btint4cmp(y, x)';
CREATE FUNCTION public.rev_lt(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT public.rev_cmp(a, b) < 0';
CREATE OPERATOR public.<<< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.rev_lt);
CREATE OPERATOR CLASS public.int4_reverse_ops FOR TYPE integer USING btree AS
    OPERATOR 1 public.<<<, OPERATOR 3 =, FUNCTION 1 public.rev_cmp(integer, integer);
CREATE OPERATOR FAMILY public.loose_family USING btree;
ALTER OPERATOR FAMILY public.loose_family USING btree ADD
    OPERATOR 1 public.<<< (integer, integer),
    FUNCTION 1 (integer, integer) public.rev_cmp(integer, integer);
CREATE TABLE public.ranking (id integer PRIMARY KEY, score integer NOT NULL);
CREATE INDEX ranking_score_desc ON public.ranking (score public.int4_reverse_ops);
