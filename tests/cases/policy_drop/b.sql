CREATE TABLE public.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner_all ON public.doc USING (owner = current_user);
