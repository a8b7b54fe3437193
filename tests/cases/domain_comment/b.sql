CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
COMMENT ON DOMAIN public.email IS 'An e-mail address';
COMMENT ON CONSTRAINT email_check ON DOMAIN public.email IS 'Loose check';
