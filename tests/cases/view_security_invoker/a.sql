CREATE TABLE public.doc (id integer PRIMARY KEY, owner name);
CREATE VIEW public.doc_list AS SELECT id FROM public.doc;
CREATE VIEW public.doc_owner WITH (security_invoker = true, security_barrier = true) AS SELECT id, owner FROM public.doc;
