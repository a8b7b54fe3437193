CREATE DOMAIN public.positive AS integer;
ALTER DOMAIN public.positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID;
