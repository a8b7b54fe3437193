CREATE TABLE public.job (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.finish_job(job_id integer)
    LANGUAGE sql AS $$ UPDATE public.job SET done = true WHERE id = job_id $$;
