CREATE TABLE public.task (id integer PRIMARY KEY, owner integer, done boolean NOT NULL DEFAULT false, due date);
CREATE INDEX task_open_idx ON public.task (owner) WHERE NOT done AND due IS NOT NULL;
CREATE INDEX task_due_idx ON public.task (due) WHERE due > '2020-01-01'::date;
