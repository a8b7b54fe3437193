-- The column's type changes as well as its target (a type change keeps the target).
CREATE TABLE public.measure (id integer PRIMARY KEY, reading integer, label varchar(20));
ALTER TABLE public.measure ALTER COLUMN reading SET STATISTICS 200;
ALTER TABLE public.measure ALTER COLUMN label SET STATISTICS 300;
