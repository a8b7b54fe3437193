CREATE SCHEMA "select";
CREATE TABLE public."user" (id integer PRIMARY KEY, "from" date, "to" date);
CREATE TABLE "select"."order" ("group" integer, "where" text);
