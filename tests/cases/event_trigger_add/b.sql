CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER schemadiff_on_ddl ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER schemadiff_on_drop ON sql_drop WHEN TAG IN ('DROP TABLE', 'DROP VIEW') EXECUTE FUNCTION public.on_ddl();
