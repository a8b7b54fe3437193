CREATE TYPE public.level AS ENUM ('low', 'high');
COMMENT ON TYPE public.level IS 'Alert level';
