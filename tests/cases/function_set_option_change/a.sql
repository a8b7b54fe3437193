CREATE FUNCTION public.audit_insert() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN PERFORM 1; END $$;
CREATE FUNCTION public.slow_report() RETURNS void
    LANGUAGE plpgsql
    AS $$ BEGIN PERFORM pg_sleep(0); END $$;
