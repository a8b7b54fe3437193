CREATE TABLE public.matrix (id integer PRIMARY KEY, cells bigint[], labels varchar(20)[]);
