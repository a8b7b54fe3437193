-- Conversions whose encodings, function or DEFAULT flag change: no ALTER does that, so they
-- are dropped and re-created (their comments with them).
CREATE CONVERSION public.conv_default FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
CREATE DEFAULT CONVERSION public.conv_encodings FOR 'UTF8' TO 'WIN1252' FROM utf8_to_win;
COMMENT ON CONVERSION public.conv_encodings IS 'kept';
CREATE FUNCTION public.to_latin1(integer, integer, cstring, internal, integer, boolean)
    RETURNS integer LANGUAGE c STRICT AS '$libdir/utf8_and_iso8859_1', 'utf8_to_iso8859_1';
CREATE CONVERSION public.conv_function FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
