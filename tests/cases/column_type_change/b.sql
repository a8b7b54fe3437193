CREATE TABLE public.item (
    id bigint PRIMARY KEY,
    qty numeric NOT NULL,
    price double precision,
    code varchar(32),
    happened_at timestamp with time zone,
    payload jsonb
);
