CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION public.on_ddl2() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER schemadiff_tags ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE') EXECUTE FUNCTION public.on_ddl();
CREATE EVENT TRIGGER schemadiff_state ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
ALTER EVENT TRIGGER schemadiff_state DISABLE;
CREATE EVENT TRIGGER schemadiff_func ON ddl_command_end EXECUTE FUNCTION public.on_ddl2();
COMMENT ON EVENT TRIGGER schemadiff_func IS 'Logs DDL, v2';
