CREATE DOMAIN public.positive AS integer;
