-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- A table moves to another access method (SET ACCESS METHOD, PostgreSQL 15) and back.
CREATE TABLE public.kv (k text PRIMARY KEY, v text) USING heap2;
CREATE TABLE public.other (id integer);
