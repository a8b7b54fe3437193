CREATE TABLE public.task (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false, owner text);
CREATE VIEW public.open_tasks AS SELECT id, done, owner FROM public.task WHERE NOT done;
CREATE VIEW public.my_open_tasks AS SELECT * FROM public.open_tasks WHERE owner = 'me' WITH CASCADED CHECK OPTION;
