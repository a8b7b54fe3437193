CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Customer" ("Id" integer PRIMARY KEY, "FirstName" text, firstname text);
CREATE TABLE "Sales".customer (id integer PRIMARY KEY);
CREATE TYPE "Sales"."Status" AS ENUM ('Active', 'active');
