-- View column defaults (used by INSERTs through the view): one changed, one dropped, one
-- added on a column the view gains (CREATE OR REPLACE keeps the others); b -> a drops the
-- column, so the view is re-created and gets its defaults back after CREATE.
CREATE TABLE public.task (id integer PRIMARY KEY, title text, done boolean, prio integer);
CREATE VIEW public.task_v AS SELECT id, title, done FROM public.task;
ALTER VIEW public.task_v ALTER COLUMN title SET DEFAULT 'untitled';
ALTER VIEW public.task_v ALTER COLUMN done SET DEFAULT false;
