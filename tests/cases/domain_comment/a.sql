CREATE DOMAIN public.email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%@%');
COMMENT ON DOMAIN public.email IS 'An address';
