-- See a.sql.
CREATE TABLE public.task (id integer PRIMARY KEY, title text, done boolean, prio integer);
CREATE VIEW public.task_v AS SELECT id, title, done, prio FROM public.task;
ALTER VIEW public.task_v ALTER COLUMN title SET DEFAULT 'new task';
ALTER VIEW public.task_v ALTER COLUMN prio SET DEFAULT 3;
