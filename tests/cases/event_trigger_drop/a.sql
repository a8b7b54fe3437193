CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER schemadiff_on_ddl ON ddl_command_start EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER schemadiff_on_rewrite ON table_rewrite EXECUTE FUNCTION public.on_ddl();
