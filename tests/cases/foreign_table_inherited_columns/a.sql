-- A foreign table inheriting from a table: the parent gains a column and changes a type
-- (both reach the child through the parent), the child's options on inherited columns
-- change, and a column of its own is added.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE TABLE public.base (id int NOT NULL, note varchar(10));
CREATE FOREIGN TABLE public.remote_base (extra int) INHERITS (public.base) SERVER s;
ALTER FOREIGN TABLE public.remote_base ALTER COLUMN id OPTIONS (column_name 'rid');
