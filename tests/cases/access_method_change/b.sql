CREATE ACCESS METHOD shifting TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD my_hash TYPE INDEX HANDLER hashhandler;
COMMENT ON ACCESS METHOD shifting IS 'a table method now';
COMMENT ON ACCESS METHOD my_hash IS 'hash, renamed';
