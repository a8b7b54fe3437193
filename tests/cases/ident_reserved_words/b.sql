CREATE SCHEMA "select";
CREATE TABLE public."user" (id integer PRIMARY KEY, "from" date, "to" date, "check" boolean DEFAULT true, "default" text,
    CONSTRAINT "primary" CHECK ("from" <= "to"));
CREATE TABLE "select"."order" ("group" integer PRIMARY KEY, "where" text NOT NULL, "user" integer REFERENCES public."user" (id));
CREATE INDEX "index" ON "select"."order" ("where");
CREATE VIEW "select"."table" AS SELECT "group", "where" FROM "select"."order";
CREATE TYPE "select"."case" AS ENUM ('when', 'then', 'else');
CREATE FUNCTION "select"."end"("limit" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT "limit" $$;
CREATE SEQUENCE "select"."offset";
