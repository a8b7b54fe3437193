CREATE SCHEMA "données";
CREATE TABLE "données"."café" (id integer PRIMARY KEY, "crème" text);
CREATE TABLE public."日本語テーブル" ("列" integer);
