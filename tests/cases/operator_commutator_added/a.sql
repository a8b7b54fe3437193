-- Existing operators gain a commutator and a negator, the negator being a new operator:
-- from PostgreSQL 17 ALTER OPERATOR ... SET runs after the negator is created (before 17,
-- and b -> a, where links cannot be unset, the operators are re-created).
CREATE SCHEMA iv;
CREATE FUNCTION iv.lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a < b';
CREATE FUNCTION iv.gt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a > b';
CREATE FUNCTION iv.ge(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a >= b';
CREATE OPERATOR iv.<< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = iv.lt);
CREATE OPERATOR iv.>> (LEFTARG = integer, RIGHTARG = integer, FUNCTION = iv.gt);
CREATE TABLE iv.span (lo integer, hi integer, CHECK (lo OPERATOR(iv.<<) hi));
