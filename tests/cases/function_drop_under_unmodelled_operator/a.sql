-- Dropping a function an operator is defined over: the operator (a kind the engine may
-- not model) is dropped first, by name, never by CASCADE.
CREATE FUNCTION public.far_left(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS 'SELECT a < b - 100';
CREATE OPERATOR public.~<< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.far_left);
CREATE TABLE public.kept (id integer);
