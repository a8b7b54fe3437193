CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
CREATE COLLATION public.old_sort (provider = libc, locale = 'POSIX');
CREATE TABLE public.word (id integer PRIMARY KEY, w text COLLATE public.old_sort);
