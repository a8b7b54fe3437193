-- "Customer" and customer are different tables, "FirstName" and firstname different columns.
CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Customer" ("Id" integer PRIMARY KEY, "FirstName" varchar(100) NOT NULL, firstname text, "LastName" text);
CREATE TABLE "Sales".customer (id integer PRIMARY KEY, "ID" integer);
CREATE TYPE "Sales"."Status" AS ENUM ('Active', 'ACTIVE', 'active');
CREATE INDEX "Customer_FirstName_Idx" ON "Sales"."Customer" ("FirstName");
CREATE VIEW "Sales"."ActiveCustomers" AS SELECT "Id", "FirstName" FROM "Sales"."Customer";
CREATE FUNCTION "Sales"."FullName"("First" text, "Last" text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT "First" || ' ' || "Last" $$;
