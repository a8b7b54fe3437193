CREATE TABLE public.doc (id integer PRIMARY KEY, owner name NOT NULL DEFAULT current_user);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner_all ON public.doc USING (owner = current_user);
CREATE POLICY doc_delete ON public.doc FOR DELETE USING (owner = current_user);
