CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
CREATE TABLE public.word (id integer PRIMARY KEY, w text);
