CREATE TABLE public.customer (id bigint PRIMARY KEY, name text NOT NULL);
