CREATE TABLE public.person (id integer PRIMARY KEY, email text, handle text);
CREATE INDEX person_email_idx ON public.person (email);
CREATE UNIQUE INDEX person_handle_idx ON public.person (handle);
