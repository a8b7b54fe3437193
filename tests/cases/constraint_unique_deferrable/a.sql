CREATE TABLE public.position (id integer PRIMARY KEY, list_id integer NOT NULL, rank integer NOT NULL, CONSTRAINT position_rank_key UNIQUE (list_id, rank));
