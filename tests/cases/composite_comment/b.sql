CREATE TYPE public.address AS (street text, city text);
COMMENT ON TYPE public.address IS 'Postal address';
COMMENT ON COLUMN public.address.city IS 'City or town';
