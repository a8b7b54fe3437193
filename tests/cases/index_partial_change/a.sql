CREATE TABLE public.task (id integer PRIMARY KEY, owner integer, done boolean NOT NULL DEFAULT false, due date);
CREATE INDEX task_open_idx ON public.task (owner) WHERE NOT done;
CREATE INDEX task_due_idx ON public.task (due);
