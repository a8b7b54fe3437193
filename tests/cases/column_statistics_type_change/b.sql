-- The column's type changes as well as its target (a type change keeps the target).
CREATE TABLE public.measure (id integer PRIMARY KEY, reading bigint, label text);
ALTER TABLE public.measure ALTER COLUMN reading SET STATISTICS 400;
ALTER TABLE public.measure ALTER COLUMN label SET STATISTICS 300;
