-- REPLICA IDENTITY USING the primary key's index, switched with FULL and with a unique
-- constraint's index.
CREATE TABLE public.t1 (id integer PRIMARY KEY, u integer NOT NULL UNIQUE);
ALTER TABLE public.t1 REPLICA IDENTITY USING INDEX t1_pkey;
CREATE TABLE public.t2 (id integer PRIMARY KEY);
ALTER TABLE public.t2 REPLICA IDENTITY FULL;
