CREATE SCHEMA iv;
CREATE FUNCTION iv.lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a < b';
CREATE FUNCTION iv.gt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a > b';
CREATE FUNCTION iv.ge(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a >= b';
CREATE OPERATOR iv.>> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = iv.gt);
CREATE OPERATOR iv.<< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = iv.lt,
    COMMUTATOR = OPERATOR(iv.>>));
CREATE OPERATOR iv.>>= (LEFTARG = integer, RIGHTARG = integer, FUNCTION = iv.ge,
    NEGATOR = OPERATOR(iv.<<));
CREATE TABLE iv.span (lo integer, hi integer, CHECK (lo OPERATOR(iv.<<) hi));
