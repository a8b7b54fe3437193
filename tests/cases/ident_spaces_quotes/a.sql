CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."order items" ("item id" integer PRIMARY KEY, "it's" text, "say ""hi""" text);
CREATE SEQUENCE "my schema"."seq with space";
