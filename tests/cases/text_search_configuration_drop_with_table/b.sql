-- A configuration dropped (or added) with the table whose generated column, default and
-- index use it: the columns go with their table.
CREATE TABLE public.other (id integer PRIMARY KEY);
