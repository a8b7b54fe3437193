CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" (
    "item id" integer PRIMARY KEY,
    "it's" text NOT NULL DEFAULT 'it''s',
    "say ""hi""" varchar(10),
    "a.b" integer,
    "semi;colon" text,
    "back\slash" text
);
CREATE SEQUENCE "my schema"."seq with space" INCREMENT BY 3;
CREATE INDEX "idx ""quoted"" name" ON "my schema"."order items" ("it's");
CREATE VIEW "my schema"."view.with.dots" AS SELECT "item id", "a.b" FROM "my schema"."order items";
COMMENT ON COLUMN "my schema"."order items"."it's" IS 'It''s a "column"';
CREATE TYPE "my schema"."mood, really" AS ENUM ('it''s fine', 'with "quotes"', 'comma, space');
