CREATE TABLE public.task (id integer PRIMARY KEY, title text);
CREATE VIEW public.task_v AS SELECT id, title FROM public.task;
COMMENT ON VIEW public.task_v IS 'Tasks';
