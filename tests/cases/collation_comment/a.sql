CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
