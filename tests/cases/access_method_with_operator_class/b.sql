

CREATE ACCESS METHOD my_index TYPE INDEX HANDLER hashhandler;
CREATE FUNCTION public.hash_len(a text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT hashtext(a)';
CREATE FUNCTION public.cmp_text_len(a text, b text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT btint4cmp(length(a), length(b))';
CREATE OPERATOR CLASS public.text_length_ops DEFAULT FOR TYPE text USING my_index AS
    OPERATOR 1 =, FUNCTION 1 public.hash_len(text);
COMMENT ON OPERATOR CLASS public.text_length_ops USING my_index IS 'by length';
