-- A collation cannot be altered (except its version): drop and re-create, with the column using it.
CREATE COLLATION public.app_sort (provider = libc, locale = 'C');
CREATE TABLE public.word (id integer PRIMARY KEY, w text COLLATE public.app_sort);
CREATE INDEX word_w_idx ON public.word (w);
