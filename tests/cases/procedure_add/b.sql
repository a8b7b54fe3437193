CREATE TABLE public.job (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.finish_job(job_id integer)
    LANGUAGE sql
    AS $$ UPDATE public.job SET done = true WHERE id = job_id $$;
CREATE PROCEDURE public.purge_jobs(keep integer DEFAULT 100, INOUT purged integer DEFAULT NULL)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    DELETE FROM public.job WHERE done AND id < keep;
    GET DIAGNOSTICS purged = ROW_COUNT;
END
$$;
