CREATE TABLE public.word (id integer PRIMARY KEY, spelling text COLLATE "C", code varchar(10), sortkey text COLLATE "C");
