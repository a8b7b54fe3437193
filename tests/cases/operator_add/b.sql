-- Operators added (b) and dropped (a): a binary operator over our own function with a
-- commutator, negator and estimators, its commutator and negator, and a prefix operator.
CREATE SCHEMA geo;
CREATE FUNCTION geo.before(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a < b';
CREATE FUNCTION geo.after(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a > b';
CREATE FUNCTION geo.not_before(a integer, b integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT a >= b';
CREATE FUNCTION geo.twice(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 2 * a';
CREATE OPERATOR geo.~<< (
    LEFTARG = integer, RIGHTARG = integer, FUNCTION = geo.before,
    COMMUTATOR = OPERATOR(geo.~>>), NEGATOR = OPERATOR(geo.~>>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR geo.~>> (
    LEFTARG = integer, RIGHTARG = integer, FUNCTION = geo.after,
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR geo.~>>= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = geo.not_before);
CREATE OPERATOR geo.## (RIGHTARG = integer, FUNCTION = geo.twice);
COMMENT ON OPERATOR geo.~<< (integer, integer) IS 'strictly before';
COMMENT ON OPERATOR geo.## (NONE, integer) IS 'prefix';
