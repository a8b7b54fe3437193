CREATE TABLE public.task (id integer PRIMARY KEY, title text);
CREATE VIEW public.task_v AS SELECT id, title FROM public.task;
ALTER VIEW public.task_v ALTER COLUMN title SET DEFAULT 'untitled';
COMMENT ON VIEW public.task_v IS 'Tasks, editable';
COMMENT ON COLUMN public.task_v.title IS 'Title shown in lists';
