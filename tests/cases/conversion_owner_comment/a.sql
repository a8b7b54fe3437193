-- Owner and comment of conversions changed in place (the owner in the owners run).
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE CONVERSION public.conv FOR 'UTF8' TO 'LATIN1' FROM utf8_to_iso8859_1;
COMMENT ON CONVERSION public.conv IS 'old';
CREATE CONVERSION public.conv2 FOR 'UTF8' TO 'KOI8R' FROM utf8_to_koi8r;
ALTER CONVERSION public.conv2 OWNER TO schemadiff_owner;
