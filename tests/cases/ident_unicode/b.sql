CREATE SCHEMA "données";
CREATE TABLE "données"."café" (id integer PRIMARY KEY, "crème" varchar(50), "brûlée" boolean DEFAULT false);
CREATE TABLE public."日本語テーブル" ("列" integer, "名前" text DEFAULT '名無し');
CREATE TABLE public."Ünïcødé 🙂" ("ß" text, "Ω" numeric);
CREATE TYPE "données"."état" AS ENUM ('élevé', 'bas', '😀');
CREATE INDEX "índice_café" ON "données"."café" ("crème");
COMMENT ON TABLE "données"."café" IS 'Table des cafés ☕';
