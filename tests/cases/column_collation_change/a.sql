CREATE TABLE public.word (id integer PRIMARY KEY, spelling text, code varchar(10) COLLATE "C", sortkey text COLLATE "POSIX");
