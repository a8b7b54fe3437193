CREATE TABLE public.doc (id integer PRIMARY KEY, owner name, secret boolean);
CREATE VIEW public.public_docs AS SELECT id, owner FROM public.doc WHERE NOT secret;
CREATE VIEW public.my_docs WITH (security_barrier = true) AS SELECT id FROM public.doc WHERE owner = current_user;
