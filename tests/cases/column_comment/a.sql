CREATE TABLE public.person (id integer PRIMARY KEY, name text, email text, phone text);
COMMENT ON COLUMN public.person.name IS 'Display name';
COMMENT ON COLUMN public.person.phone IS 'E.164';
