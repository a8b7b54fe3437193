CREATE TABLE public.job (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE PROCEDURE public.finish_job(job_id integer)
    LANGUAGE sql BEGIN ATOMIC UPDATE public.job SET done = true WHERE id = job_id AND NOT done; END;
CREATE PROCEDURE public.reset_jobs()
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$ BEGIN UPDATE public.job SET done = false; COMMIT; END $$;
