-- An access method's type and handler change (there is no ALTER ACCESS METHOD: it is
-- dropped and re-created) and another one's comment changes in place.
CREATE ACCESS METHOD shifting TYPE INDEX HANDLER bthandler;
CREATE ACCESS METHOD my_hash TYPE INDEX HANDLER hashhandler;
COMMENT ON ACCESS METHOD shifting IS 'an index method';
COMMENT ON ACCESS METHOD my_hash IS 'hash';
