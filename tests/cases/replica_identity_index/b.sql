-- REPLICA IDENTITY USING INDEX: set after the index exists and its columns are NOT NULL,
-- moved to another index while the first one is dropped.
CREATE TABLE public.account (id integer PRIMARY KEY, email text, handle text NOT NULL);
CREATE UNIQUE INDEX account_handle ON public.account (handle);
ALTER TABLE public.account REPLICA IDENTITY USING INDEX account_handle;
