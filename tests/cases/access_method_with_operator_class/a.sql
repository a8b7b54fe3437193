-- An index method whose handler changes while an operator family and class use it: both
-- are dropped before it and re-created after it.
CREATE ACCESS METHOD my_index TYPE INDEX HANDLER bthandler;
CREATE FUNCTION public.cmp_text_len(a text, b text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT btint4cmp(length(a), length(b))';
CREATE OPERATOR CLASS public.text_length_ops DEFAULT FOR TYPE text USING my_index AS
    OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 public.cmp_text_len(text, text);
COMMENT ON OPERATOR CLASS public.text_length_ops USING my_index IS 'by length';
