CREATE TABLE public.anchor (id integer PRIMARY KEY);
CREATE SCHEMA reporting;
CREATE SCHEMA "Staging Area";
