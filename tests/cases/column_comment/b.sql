CREATE TABLE public.person (id integer PRIMARY KEY, name text, email text, phone text);
COMMENT ON COLUMN public.person.name IS 'Full display name';
COMMENT ON COLUMN public.person.email IS 'Verified address';
