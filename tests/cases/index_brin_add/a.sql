CREATE TABLE public.event (id bigint, at timestamptz NOT NULL, amount numeric);
