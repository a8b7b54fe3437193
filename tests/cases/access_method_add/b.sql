CREATE TABLE public.anchor (id integer);
CREATE ACCESS METHOD my_btree TYPE INDEX HANDLER bthandler;
CREATE ACCESS METHOD my_heap TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD my_btree IS 'btree under another name';
