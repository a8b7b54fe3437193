CREATE COLLATION public.app_sort (provider = libc, lc_collate = 'C.utf8', lc_ctype = 'C.utf8');
CREATE TABLE public.word (id integer PRIMARY KEY, w text COLLATE public.app_sort);
CREATE INDEX word_w_idx ON public.word (w);
