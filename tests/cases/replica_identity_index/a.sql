-- REPLICA IDENTITY USING INDEX: set after the index exists and its columns are NOT NULL,
-- moved to another index while the first one is dropped.
CREATE TABLE public.account (id integer PRIMARY KEY, email text NOT NULL, handle text);
CREATE UNIQUE INDEX account_email ON public.account (email);
ALTER TABLE public.account REPLICA IDENTITY USING INDEX account_email;
