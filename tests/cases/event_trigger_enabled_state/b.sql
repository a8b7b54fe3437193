CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER schemadiff_replica ON ddl_command_start EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER schemadiff_replica ENABLE ALWAYS;
CREATE EVENT TRIGGER schemadiff_always ON sql_drop EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER schemadiff_always ENABLE ALWAYS;
