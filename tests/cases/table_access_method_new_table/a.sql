-- A second table access method (heap under another name): the only one built in is heap.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
-- A new table with another access method, storage options and column settings
-- (CREATE TABLE ... USING ... WITH ...).
CREATE TABLE public.keep (id integer);
