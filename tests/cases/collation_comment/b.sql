CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
COMMENT ON COLLATION public.bytewise IS 'Byte order, fast';
