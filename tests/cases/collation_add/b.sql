-- ICU is not compiled into the PostgreSQL 17/18 wheels, so only libc collations are portable.
CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
CREATE COLLATION public.posix_copy FROM "POSIX";
CREATE COLLATION public.c_utf8 (provider = libc, lc_collate = 'C.utf8', lc_ctype = 'C.utf8');
CREATE TABLE public.word (id integer PRIMARY KEY, w text COLLATE public.bytewise);
