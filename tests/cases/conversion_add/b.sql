-- Conversions added: a default one over a function of the schema (a C function of the
-- built-in conversion library), and a plain one over a built-in function, with comments.
CREATE SCHEMA enc;
CREATE FUNCTION enc.to_latin1(integer, integer, cstring, internal, integer, boolean)
    RETURNS integer LANGUAGE c STRICT AS '$libdir/utf8_and_iso8859_1', 'utf8_to_iso8859_1';
CREATE DEFAULT CONVERSION enc.utf8_latin1 FOR 'UTF8' TO 'LATIN1' FROM enc.to_latin1;
COMMENT ON CONVERSION enc.utf8_latin1 IS 'our own';
CREATE CONVERSION public."UTF8 to KOI8" FOR 'UTF8' TO 'KOI8R' FROM utf8_to_koi8r;
