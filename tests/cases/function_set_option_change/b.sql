CREATE FUNCTION public.audit_insert() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp
    SET lock_timeout = '2s'
    AS $$ BEGIN PERFORM 1; END $$;
CREATE FUNCTION public.slow_report() RETURNS void
    LANGUAGE plpgsql
    SET work_mem = '256MB'
    SET statement_timeout FROM CURRENT
    AS $$ BEGIN PERFORM pg_sleep(0); END $$;
